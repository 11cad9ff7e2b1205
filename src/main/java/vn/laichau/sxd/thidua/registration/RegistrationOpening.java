package vn.laichau.sxd.thidua.registration;

import static vn.laichau.sxd.thidua.registration.RegistrationVariables.DEADLINE;
import static vn.laichau.sxd.thidua.registration.RegistrationVariables.DEADLINE_TEXT;
import static vn.laichau.sxd.thidua.registration.RegistrationVariables.YEAR;
import static vn.laichau.sxd.thidua.registration.RegistrationVariables.YEAR_AS_GIVEN;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import vn.laichau.sxd.thidua.calendar.WorkingDayCalendar;
import vn.laichau.sxd.thidua.engine.InvalidInputException;
import vn.laichau.sxd.thidua.engine.WholeNumber;

/**
 * Start of {@code emulation-registration}: checks the year, refuses a second registration for the
 * same year, fixes the business key {@code DK-<year>} and the deadline. Any refusal rolls the
 * start back, so nothing is started.
 */
@Component("registrationOpening")
class RegistrationOpening implements ExecutionListener {

  private final RegistrationRepository registrations;
  private final RegistrationProperties properties;
  private final WorkingDayCalendar workingDays;

  public RegistrationOpening(RegistrationRepository registrations, RegistrationProperties properties, WorkingDayCalendar workingDays) {
    this.registrations = registrations;
    this.properties = properties;
    this.workingDays = workingDays;
  }

  @Override
  public void notify(DelegateExecution execution) {
    int year = year(YEAR_AS_GIVEN.get(execution));
    if (registrations.yearOpened(year)) {
      throw new InvalidInputException("year", "Đăng ký thi đua năm " + year + " đã được mở (DK-" + year + "), không mở lần thứ hai.");
    }
    LocalDate deadline = deadline(DEADLINE.get(execution), year);
    execution.setProcessBusinessKey("DK-" + year);
    YEAR.set(execution, year);
    DEADLINE.set(execution, workingDays.endOf(deadline));
    DEADLINE_TEXT.set(execution, WorkingDayCalendar.VIETNAMESE_DATE.format(deadline));
    registrations.open(year, execution.getProcessInstanceId(), deadline, ClockUtil.getCurrentTime().toInstant());
  }

  private int year(Object value) {
    if (value == null || value instanceof String text && text.isBlank()) {
      throw new InvalidInputException("year", "Thiếu năm đăng ký.");
    }
    int year;
    try {
      year = WholeNumber.of(value).orElseGet(() -> Integer.parseInt(value.toString().strip()));
    } catch (NumberFormatException e) {
      throw new InvalidInputException("year", "Năm đăng ký phải là một số nguyên, ví dụ 2026.");
    }
    if (year < properties.firstYear() || year > properties.lastYear()) {
      throw new InvalidInputException("year", "Năm đăng ký phải từ " + properties.firstYear() + " đến " + properties.lastYear() + ".");
    }
    return year;
  }

  private LocalDate deadline(Object value, int year) {
    LocalDate today = workingDays.today();
    if (value == null || value instanceof String text && text.isBlank()) {
      LocalDate standard = workingDays.onOrBefore(properties.defaultDeadline().atYear(year));
      LocalDate earliest = workingDays.addWorkingDays(today, properties.minimumWorkingDays());
      return standard.isBefore(earliest) ? earliest : standard;
    }
    LocalDate deadline = workingDays.dateOf(value).orElseThrow(() ->
        new InvalidInputException("deadline", "Hạn đăng ký phải có dạng dd/mm/yyyy, ví dụ 31/03/2026."));
    if (deadline.isBefore(today)) {
      throw new InvalidInputException("deadline", "Hạn đăng ký " + WorkingDayCalendar.VIETNAMESE_DATE.format(deadline) + " đã qua.");
    }
    if (!workingDays.isWorkingDay(deadline)) {
      throw new InvalidInputException("deadline", "Hạn đăng ký " + WorkingDayCalendar.VIETNAMESE_DATE.format(deadline) + " không phải ngày làm việc.");
    }
    return deadline;
  }
}
