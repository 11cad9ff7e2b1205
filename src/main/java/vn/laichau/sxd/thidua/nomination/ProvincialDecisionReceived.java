package vn.laichau.sxd.thidua.nomination;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import vn.laichau.sxd.thidua.engine.CurrentUser;
import vn.laichau.sxd.thidua.engine.InvalidInputException;
import vn.laichau.sxd.thidua.engine.VariableJson;

/**
 * Message {@code ProvincialDecisionReceived}, correlated to the submission (business key
 * {@code TK-…}) with {@code provinceDecisionNumber}, {@code provinceDecisionDate} and
 * {@code provinceDecisions} (JSON: {@code [{subjectId, awardCode, approved, note}]}). Approved items
 * enter the awards register, refused ones are closed with the note; the whole message is refused,
 * and nothing recorded, if any item is unknown, already decided or unclear. A province may decide
 * the items in several decisions: {@code pendingItems} says how many still wait.
 */
@Component("provincialDecisionReceived")
public class ProvincialDecisionReceived implements ExecutionListener {

  private final SubmissionRepository submissions;
  private final AwardDecisions awards;
  private final AwardRouting routing;

  public ProvincialDecisionReceived(SubmissionRepository submissions, AwardDecisions awards, AwardRouting routing) {
    this.submissions = submissions;
    this.awards = awards;
    this.routing = routing;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String submissionKey = (String) execution.getVariable("submissionKey");
    String number = awards.number("provinceDecisionNumber", execution.getVariable("provinceDecisionNumber"));
    LocalDate date = awards.date("provinceDecisionDate", execution.getVariable("provinceDecisionDate"));
    JsonNode lines = VariableJson.read(execution.getVariable("provinceDecisions"), "provinceDecisions", "quyết định từng nội dung");
    if (!lines.isArray() || lines.isEmpty()) {
      throw new InvalidInputException("provinceDecisions", "Quyết định của tỉnh phải nêu từng nội dung được khen thưởng hay không.");
    }
    List<RoundRepository.Nominee> pending = submissions.pending(submissionKey);
    Set<Long> seen = new HashSet<>();
    int year = ((Number) execution.getVariable("year")).intValue();
    String type = (String) execution.getVariable("commendationType");
    String recordedBy = recordedBy(execution);
    for (JsonNode line : lines) {
      String subjectId = line.path("subjectId").asText("");
      String awardCode = line.path("awardCode").asText("");
      RoundRepository.Nominee nominee = pending.stream()
          .filter(n -> n.subjectId().equals(subjectId) && n.awardCode().equals(awardCode)).findFirst()
          .filter(n -> seen.add(n.id()))  // the same item twice in one message is refused too
          .orElseThrow(() -> new InvalidInputException("provinceDecisions",
              "'" + subjectId + " — " + awardCode + "' không có trong tờ trình " + submissionKey + " hoặc đã có quyết định."));
      if (!line.path("approved").isBoolean()) {
        throw new InvalidInputException("provinceDecisions",
            nominee.subjectName() + " — " + AwardCode.labelOf(awardCode) + ": hãy ghi rõ được khen thưởng (true) hay không (false).");
      }
      if (line.path("approved").asBoolean()) {
        awards.award(nominee, year, type, number, date, routing.decider(awardCode), recordedBy);
      } else {
        submissions.refused(nominee.id(), line.path("note").asText("") + " (" + number + ")");
      }
    }
    int stillPending = submissions.pending(submissionKey).size();
    submissions.setStatus(submissionKey, stillPending == 0 ? "DECIDED" : "PARTLY_DECIDED");
    execution.setVariable("pendingItems", stillPending);
  }

  /** Who entered the decision: named by our API for the secretariat, else the engine user who sent the message. */
  private static String recordedBy(DelegateExecution execution) {
    Object named = execution.getVariable("provinceDecisionRecordedBy");
    execution.removeVariable("provinceDecisionRecordedBy");
    if (named != null) {
      return named.toString();
    }
    String caller = CurrentUser.id(execution.getProcessEngineServices().getIdentityService());
    return caller == null ? "hệ thống" : caller;
  }
}
