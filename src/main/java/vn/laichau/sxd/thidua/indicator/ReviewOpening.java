package vn.laichau.sxd.thidua.indicator;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import vn.laichau.sxd.thidua.calendar.WorkingDayCalendar;
import vn.laichau.sxd.thidua.engine.InvalidInputException;
import vn.laichau.sxd.thidua.engine.WholeNumber;
import vn.laichau.sxd.thidua.registration.RegistrationService;

/**
 * Start of a periodic review: checks the year and kind, refuses a second review of the same year and
 * kind, gives the business key SK-&lt;year&gt;-&lt;kind&gt; and records the review.
 */
@Component("reviewOpening")
public class ReviewOpening implements ExecutionListener {

  private final ReviewRepository reviews;
  private final ReviewProperties properties;
  private final RegistrationService plan;
  private final WorkingDayCalendar workingDays;

  public ReviewOpening(ReviewRepository reviews, ReviewProperties properties, RegistrationService plan, WorkingDayCalendar workingDays) {
    this.reviews = reviews;
    this.properties = properties;
    this.plan = plan;
    this.workingDays = workingDays;
  }

  @Override
  public void notify(DelegateExecution execution) {
    int year = WholeNumber.of(execution.getVariable("year")).filter(plan::inProgramme).orElseThrow(() ->
        new InvalidInputException("year", "Năm sơ kết phải là một năm của kế hoạch " + plan.programmePeriod() + "."));
    ReviewKind kind = ReviewKind.of(execution.getVariable("reviewKind")).orElseThrow(() -> new InvalidInputException("reviewKind",
        "Loại kỳ sơ kết phải là SIX_MONTH, ANNUAL, MID_TERM hoặc FINAL."));
    if (!kind.interim() && kind != properties.yearEndKind(year)) {
      throw new InvalidInputException("reviewKind", "Kỳ tổng kết cuối năm " + year + " là \"" + properties.yearEndKind(year).label()
          + "\" (" + properties.yearEndKind(year) + ").");
    }
    if (reviews.exists(year, kind)) {
      throw new InvalidInputException("reviewKind", "Đã có kỳ " + kind.name(year) + " (SK-" + year + "-" + kind + ").");
    }
    String key = "SK-" + year + "-" + kind;
    execution.setProcessBusinessKey(key);
    execution.setVariable("year", year);
    execution.setVariable("reviewKey", key);
    execution.setVariable("reviewName", kind.name(year));
    execution.setVariable("interim", kind.interim());
    execution.setVariable("reportDue", workingDays.dueIn(properties.reportWorkingDays()));
    execution.setVariable("reminderWorkingDays", properties.reminderWorkingDays());
    reviews.open(key, year, kind, execution.getProcessInstanceId(), ClockUtil.getCurrentTime().toInstant());
  }
}
