package vn.laichau.sxd.thidua.indicator;

import java.time.MonthDay;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * When reviews open: the six-month and the year-end review on these days of each year of the plan;
 * the year-end review of {@code midTermYear} is the mid-term review and that of {@code finalYear} the
 * final one. Unit heads report within {@code reportWorkingDays} and are reminded {@code reminderWorkingDays} before.
 */
@ConfigurationProperties("thidua.reviews")
record ReviewProperties(MonthDay sixMonth, MonthDay annual, int midTermYear, int finalYear, int reportWorkingDays,
    int reminderWorkingDays) {

  /** The kind of the year-end review of a year. */
  public ReviewKind yearEndKind(int year) {
    if (year == midTermYear) {
      return ReviewKind.MID_TERM;
    }
    return year == finalYear ? ReviewKind.FINAL : ReviewKind.ANNUAL;
  }
}
