package vn.laichau.sxd.thidua.indicator;

import static vn.laichau.sxd.thidua.indicator.ReviewVariables.INTERIM;
import static vn.laichau.sxd.thidua.indicator.ReviewVariables.REMINDER_WORKING_DAYS;
import static vn.laichau.sxd.thidua.indicator.ReviewVariables.REPORT_DUE;
import static vn.laichau.sxd.thidua.indicator.ReviewVariables.REVIEW_KEY;
import static vn.laichau.sxd.thidua.indicator.ReviewVariables.REVIEW_KIND;
import static vn.laichau.sxd.thidua.indicator.ReviewVariables.REVIEW_NAME;
import static vn.laichau.sxd.thidua.indicator.ReviewVariables.YEAR;

import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import vn.laichau.sxd.thidua.calendar.WorkingDayCalendar;
import vn.laichau.sxd.thidua.engine.InvalidInputException;
import vn.laichau.sxd.thidua.registration.RegistrationService;

/**
 * Start of a periodic review: checks the year and kind, refuses a second review of the same year and
 * kind, gives the business key SK-&lt;year&gt;-&lt;kind&gt; and records the review.
 */
@Component("reviewOpening")
class ReviewOpening implements ExecutionListener {

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
    int year = Optional.ofNullable(YEAR.get(execution)).filter(plan::inProgramme).orElseThrow(() ->
        new InvalidInputException("year", "Năm sơ kết phải là một năm của kế hoạch " + plan.programmePeriod() + "."));
    ReviewKind kind = Optional.ofNullable(REVIEW_KIND.get(execution)).orElseThrow(() -> new InvalidInputException("reviewKind",
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
    YEAR.set(execution, year);
    REVIEW_KEY.set(execution, key);
    REVIEW_NAME.set(execution, kind.name(year));
    INTERIM.set(execution, kind.interim());
    REPORT_DUE.set(execution, workingDays.dueIn(properties.reportWorkingDays()));
    REMINDER_WORKING_DAYS.set(execution, properties.reminderWorkingDays());
    reviews.open(key, year, kind, execution.getProcessInstanceId(), ClockUtil.getCurrentTime().toInstant());
  }
}
