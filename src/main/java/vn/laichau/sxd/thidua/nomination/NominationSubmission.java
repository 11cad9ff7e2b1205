package vn.laichau.sxd.thidua.nomination;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;
import vn.laichau.sxd.thidua.engine.InvalidInputException;
import vn.laichau.sxd.thidua.engine.VariableJson;
import vn.laichau.sxd.thidua.nomination.NominationService.Nomination;

/**
 * Completion of a unit's nomination task: checked by {@link NominationService}, then stored; the
 * secretariat's view lists each item with the documents its dossier needs.
 */
@Component("nominationSubmission")
public class NominationSubmission implements TaskListener {

  private final NominationService nominations;
  private final RoundRepository rounds;

  public NominationSubmission(NominationService nominations, RoundRepository rounds) {
    this.nominations = nominations;
    this.rounds = rounds;
  }

  @Override
  public void notify(DelegateTask task) {
    int year = ((Number) task.getVariable("year")).intValue();
    String unitCode = (String) task.getVariable("unitCode");
    String type = (String) task.getVariable("commendationType");
    JsonNode submitted = VariableJson.read(task.getVariable("nominations"), "nominations", "danh sách đề nghị");
    List<Nomination> list = new ArrayList<>();
    if (!submitted.isMissingNode() && !submitted.isNull()) {
      if (!submitted.isArray()) {
        throw new InvalidInputException("nominations", "Danh sách đề nghị không đúng định dạng.");
      }
      for (JsonNode line : submitted) {
        String subjectId = line.path("subjectId").asText("").strip();
        list.add(new Nomination(subjectId.equals(unitCode) ? "COLLECTIVE" : "INDIVIDUAL", subjectId,
            line.path("awardCode").asText(""), line.path("achievementSummary").asText(null)));
      }
    }
    boolean nobody = Boolean.TRUE.equals(task.getVariable("nominatesNobody"));
    if (list.isEmpty() && !nobody) {
      throw new InvalidInputException("nominations",
          "Hãy thêm người, tập thể được đề nghị, hoặc đánh dấu «Đơn vị không đề nghị khen thưởng trong đợt này».");
    }
    if (!list.isEmpty() && nobody) {
      throw new InvalidInputException("nominatesNobody",
          "Đã đánh dấu «Đơn vị không đề nghị khen thưởng trong đợt này» nhưng danh sách vẫn có người được đề nghị.");
    }
    List<RoundRepository.Nominee> nominees = nominations.check(year, unitCode, type, list).stream()
        .map(c -> new RoundRepository.Nominee(0, unitCode, c.nomination().subjectType(), c.nomination().subjectId(), c.subjectName(),
            c.nomination().awardCode(), c.nomination().achievementSummary(), "PROPOSED", null)).toList();
    rounds.replaceUnit((String) task.getVariable("roundKey"), unitCode, nominees);
    ArrayNode view = VariableJson.mapper().createArrayNode();
    nominees.forEach(n -> view.addObject().put("name", n.subjectName()).put("award", AwardCode.labelOf(n.awardCode()))
        .put("summary", n.achievementSummary() == null ? "" : n.achievementSummary())
        .put("documents", String.join("; ", nominations.requiredDocuments(n.awardCode(), type))));
    task.setVariable("nominationsView", SpinValues.jsonValue(view.toString()).create());
  }
}
