package vn.laichau.sxd.thidua.nomination;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;
import vn.laichau.sxd.thidua.engine.VariableJson;

/**
 * Start of {@code provincial-submission}, called by a round with {@code roundKey}, {@code year} and
 * {@code commendationType}: business key {@code TK-<year>-<seq>}; the round's forwarded items join
 * the submission and the secretariat sees each with the documents its dossier needs.
 */
@Component("submissionOpening")
public class SubmissionOpening implements ExecutionListener {

  private final SubmissionRepository submissions;
  private final NominationService nominations;
  private final RoundProperties properties;

  public SubmissionOpening(SubmissionRepository submissions, NominationService nominations, RoundProperties properties) {
    this.submissions = submissions;
    this.nominations = nominations;
    this.properties = properties;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String roundKey = (String) execution.getVariable("roundKey");
    int year = ((Number) execution.getVariable("year")).intValue();
    String type = (String) execution.getVariable("commendationType");
    String businessKey = "TK-" + year + "-" + (submissions.submissionsOf(year) + 1);
    execution.setProcessBusinessKey(businessKey);
    submissions.open(businessKey, roundKey, year, execution.getProcessInstanceId(), ClockUtil.getCurrentTime().toInstant());
    List<RoundRepository.Nominee> items = submissions.pending(businessKey);
    ArrayNode view = VariableJson.mapper().createArrayNode();
    items.forEach(n -> view.addObject().put("name", n.subjectName()).put("award", AwardCode.labelOf(n.awardCode()))
        .put("subjectId", n.subjectId()).put("awardCode", n.awardCode())
        .put("documents", String.join("; ", nominations.requiredDocuments(n.awardCode(), type))));
    execution.setVariable("submissionKey", businessKey);
    execution.setVariable("itemsView", SpinValues.jsonValue(view.toString()).create());
    execution.setVariable("pendingItems", items.size());
    execution.setVariable("followUpWorkingDays", properties.provincialFollowUpWorkingDays());
  }
}
