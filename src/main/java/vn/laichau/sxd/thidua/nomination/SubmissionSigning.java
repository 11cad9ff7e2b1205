package vn.laichau.sxd.thidua.nomination;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.laichau.sxd.thidua.calendar.WorkingDayCalendar;
import vn.laichau.sxd.thidua.engine.InvalidInputException;

/** The Director signs the submission letter (number and date); the submission is then with the province. */
@Component("submissionSigning")
public class SubmissionSigning implements TaskListener {

  private final SubmissionRepository submissions;
  private final WorkingDayCalendar workingDays;

  public SubmissionSigning(SubmissionRepository submissions, WorkingDayCalendar workingDays) {
    this.submissions = submissions;
    this.workingDays = workingDays;
  }

  @Override
  public void notify(DelegateTask task) {
    Object number = task.getVariable("letterNumber");
    if (number == null || number.toString().isBlank()) {
      throw new InvalidInputException("letterNumber", "Hãy nhập số tờ trình.");
    }
    LocalDate date = workingDays.dateOf(task.getVariable("letterDate")).orElseThrow(() ->
        new InvalidInputException("letterDate", "Ngày tờ trình phải có dạng dd/mm/yyyy, ví dụ 25/01/2026."));
    submissions.signed((String) task.getVariable("submissionKey"), number.toString().strip(), date);
  }
}
