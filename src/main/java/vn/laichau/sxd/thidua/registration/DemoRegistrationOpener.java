package vn.laichau.sxd.thidua.registration;

import static vn.laichau.sxd.thidua.registration.RegistrationVariables.YEAR;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.laichau.sxd.thidua.calendar.WorkingDayCalendar;

/** In the demo, the first start opens this year's registration so every unit head has a task waiting. */
@Component
@Profile("demo")
@ConditionalOnProperty(name = "thidua.demo.open-registration", havingValue = "true")
@Order(30)
class DemoRegistrationOpener implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(DemoRegistrationOpener.class);

  private final RuntimeService runtimeService;
  private final RegistrationRepository registrations;
  private final RegistrationProperties properties;
  private final WorkingDayCalendar workingDays;

  public DemoRegistrationOpener(RuntimeService runtimeService, RegistrationRepository registrations,
      RegistrationProperties properties, WorkingDayCalendar workingDays) {
    this.runtimeService = runtimeService;
    this.registrations = registrations;
    this.properties = properties;
    this.workingDays = workingDays;
  }

  @Override
  public void run(ApplicationArguments args) {
    int year = workingDays.today().getYear();
    if (year < properties.firstYear() || year > properties.lastYear() || registrations.yearOpened(year)) {
      return;
    }
    runtimeService.startProcessInstanceByKey("emulation-registration", Map.of(YEAR.name(), year));
    LOG.info("Đã mở đăng ký thi đua năm {} (DK-{}): mỗi trưởng phòng có một việc đăng ký trong Tasklist.", year, year);
  }
}
