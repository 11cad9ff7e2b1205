package vn.laichau.sxd.thidua.submission;

import static vn.laichau.sxd.thidua.submission.SubmissionVariables.COMMENDATION_TYPE;
import static vn.laichau.sxd.thidua.submission.SubmissionVariables.FOLLOW_UP_WORKING_DAYS;
import static vn.laichau.sxd.thidua.submission.SubmissionVariables.ITEMS_VIEW;
import static vn.laichau.sxd.thidua.submission.SubmissionVariables.PENDING_ITEMS;
import static vn.laichau.sxd.thidua.submission.SubmissionVariables.ROUND_KEY;
import static vn.laichau.sxd.thidua.submission.SubmissionVariables.ROUND_NAME;
import static vn.laichau.sxd.thidua.submission.SubmissionVariables.SUBMISSION_KEY;
import static vn.laichau.sxd.thidua.submission.SubmissionVariables.YEAR;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import vn.laichau.sxd.thidua.decision.CommendationType;
import vn.laichau.sxd.thidua.nomination.Nominee;
import vn.laichau.sxd.thidua.nomination.ProvincialItems;
import vn.laichau.sxd.thidua.nomination.RoundProperties;

/**
 * Start of {@code provincial-submission}, called by a round with {@code roundKey}, {@code year} and
 * {@code commendationType}: business key {@code TK-<year>-<seq>}; the round's forwarded items join
 * the submission and the secretariat sees each with the documents its dossier needs.
 */
@Component("submissionOpening")
class SubmissionOpening implements ExecutionListener {

  private final SubmissionRepository submissions;
  private final ProvincialItems items;
  private final RoundProperties properties;

  SubmissionOpening(SubmissionRepository submissions, ProvincialItems items, RoundProperties properties) {
    this.submissions = submissions;
    this.items = items;
    this.properties = properties;
  }

  @Override
  public void notify(DelegateExecution execution) {
    int year = YEAR.get(execution);
    CommendationType type = COMMENDATION_TYPE.get(execution);
    String businessKey = "TK-" + year + "-" + (submissions.submissionsOf(year) + 1);
    execution.setProcessBusinessKey(businessKey);
    submissions.open(businessKey, ROUND_KEY.get(execution), year, execution.getProcessInstanceId(), ClockUtil.getCurrentTime().toInstant());
    items.attach(ROUND_KEY.get(execution), businessKey);
    List<Nominee> waiting = items.waiting(businessKey);
    SUBMISSION_KEY.set(execution, businessKey);
    ROUND_NAME.set(execution, items.roundName(ROUND_KEY.get(execution)));
    ITEMS_VIEW.set(execution, waiting.stream().map(n -> new ItemView(n.subjectName(), n.awardCode().label(), n.subjectId(),
        n.awardCode().name(), String.join("; ", items.requiredDocuments(n.awardCode(), type)))).toList());
    PENDING_ITEMS.set(execution, waiting.size());
    FOLLOW_UP_WORKING_DAYS.set(execution, properties.provincialFollowUpWorkingDays());
  }
}
