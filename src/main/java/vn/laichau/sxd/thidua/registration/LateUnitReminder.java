package vn.laichau.sxd.thidua.registration;

import static vn.laichau.sxd.thidua.registration.RegistrationVariables.DEADLINE;
import static vn.laichau.sxd.thidua.registration.RegistrationVariables.YEAR;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.laichau.sxd.thidua.calendar.WorkingDayCalendar;
import vn.laichau.sxd.thidua.notification.NotificationService;
import vn.laichau.sxd.thidua.organisation.CamundaGroups;

/**
 * Reminds the heads of every unit that has not submitted its registration, when the deadline is
 * one of the configured numbers of working days away. A reminder that fires late (the registration
 * opened closer to the deadline) sends nothing; each unit gets each reminder once.
 */
@Component("lateUnitReminder")
class LateUnitReminder implements JavaDelegate {

  private final RegistrationService registration;
  private final RegistrationProperties properties;
  private final NotificationService notifications;
  private final WorkingDayCalendar workingDays;

  public LateUnitReminder(RegistrationService registration, RegistrationProperties properties, NotificationService notifications,
      WorkingDayCalendar workingDays) {
    this.registration = registration;
    this.properties = properties;
    this.notifications = notifications;
    this.workingDays = workingDays;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int year = YEAR.get(execution);
    LocalDate deadline = workingDays.dateOf(DEADLINE.get(execution)).orElseThrow();
    int daysLeft = workingDays.workingDaysBetween(workingDays.today(), deadline);
    if (!properties.reminderWorkingDays().contains(daysLeft)) {
      return;
    }
    for (String unit : registration.notSubmitted(year)) {
      notifications.send("DK-" + year + ":" + unit + ":" + daysLeft, CamundaGroups.unitHead(unit),
          "Còn " + daysLeft + " ngày làm việc đến hạn đăng ký thi đua năm " + year,
          "Đơn vị chưa gửi đăng ký thi đua năm " + year + "; hạn cuối là " + WorkingDayCalendar.VIETNAMESE_DATE.format(deadline)
              + ". Việc đang chờ trong Tasklist.");
    }
  }
}
