package vn.laichau.sxd.thidua.submission;

import static vn.laichau.sxd.thidua.submission.SubmissionVariables.LETTER_DATE;
import static vn.laichau.sxd.thidua.submission.SubmissionVariables.LETTER_NUMBER;
import static vn.laichau.sxd.thidua.submission.SubmissionVariables.SUBMISSION_KEY;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.laichau.sxd.thidua.calendar.WorkingDayCalendar;
import vn.laichau.sxd.thidua.engine.InvalidInputException;
import vn.laichau.sxd.thidua.review.Verdict;

/** The Director signs the submission letter (number and date); the submission is then with the province. */
@Component("submissionSigning")
class SubmissionSigning implements TaskListener {

  private final SubmissionRepository submissions;
  private final WorkingDayCalendar workingDays;

  SubmissionSigning(SubmissionRepository submissions, WorkingDayCalendar workingDays) {
    this.submissions = submissions;
    this.workingDays = workingDays;
  }

  @Override
  public void notify(DelegateTask task) {
    String number = Verdict.required(task, LETTER_NUMBER, "Hãy nhập số tờ trình.");
    LocalDate date = workingDays.dateOf(LETTER_DATE.get(task)).orElseThrow(() ->
        new InvalidInputException(LETTER_DATE.name(), "Ngày tờ trình phải có dạng dd/mm/yyyy, ví dụ 25/01/2026."));
    submissions.signed(SUBMISSION_KEY.get(task), number, date);
  }
}
