package vn.laichau.sxd.thidua.submission;

import static vn.laichau.sxd.thidua.submission.SubmissionVariables.LETTER_DATE;
import static vn.laichau.sxd.thidua.submission.SubmissionVariables.LETTER_NUMBER;
import static vn.laichau.sxd.thidua.submission.SubmissionVariables.ROUND_KEY;
import static vn.laichau.sxd.thidua.submission.SubmissionVariables.SUBMISSION_KEY;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.laichau.sxd.thidua.calendar.WorkingDayCalendar;
import vn.laichau.sxd.thidua.engine.InvalidInputException;
import vn.laichau.sxd.thidua.nomination.ProvincialItems;

/**
 * The submission letter: its draft is issued when the signing task opens; when the Director signs
 * (with the date), the letter takes its number from the register and the submission is with the
 * province.
 */
@Component("submissionSigning")
class SubmissionSigning implements TaskListener {

  private final SubmissionRepository submissions;
  private final WorkingDayCalendar workingDays;
  private final ProvincialItems items;

  SubmissionSigning(SubmissionRepository submissions, WorkingDayCalendar workingDays, ProvincialItems items) {
    this.submissions = submissions;
    this.workingDays = workingDays;
    this.items = items;
  }

  @Override
  public void notify(DelegateTask task) {
    if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
      items.submissionLetter(SUBMISSION_KEY.get(task), ROUND_KEY.get(task), workingDays.today(), task.getAssignee(), true);
      return;
    }
    LocalDate date = workingDays.dateOf(LETTER_DATE.get(task)).orElseThrow(() ->
        new InvalidInputException(LETTER_DATE.name(), "Ngày tờ trình phải có dạng dd/mm/yyyy, ví dụ 25/01/2026."));
    String number = items.submissionLetter(SUBMISSION_KEY.get(task), ROUND_KEY.get(task), date, task.getAssignee(), false).number();
    LETTER_NUMBER.set(task, number);
    submissions.signed(SUBMISSION_KEY.get(task), number, date);
  }
}
