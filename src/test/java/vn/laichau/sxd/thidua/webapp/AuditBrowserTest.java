package vn.laichau.sxd.thidua.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.laichau.sxd.thidua.ThiduaTest;
import vn.laichau.sxd.thidua.registration.RegistrationTestSupport;

/** The secretariat reads a dossier's diary in words; a unit head reads only their unit's part of it. */
@ThiduaTest
class AuditBrowserTest {

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @Autowired JdbcTemplate jdbc;
  @LocalServerPort int port;

  @AfterEach
  void cleanUp() {
    ClockUtil.reset();
    RegistrationTestSupport.cleanSlate(runtimeService, jdbc);
  }

  @Test
  void theSecretariatReadsTheDiaryAndTheUnitHeadTheirPart() {
    RegistrationTestSupport.openFresh2027(runtimeService, jdbc);
    ClockUtil.reset();
    String task = taskService.createTaskQuery().taskCandidateGroup("unit-head-qhkt").taskDefinitionKey("registerUnit").singleResult().getId();
    identityService.setAuthentication("truongphong.qhkt", List.of("unit-head-qhkt"));
    try {
      taskService.claim(task, "truongphong.qhkt");
    } finally {
      identityService.clearAuthentication();
    }

    try (Browser browser = new Browser(port)) {
      browser.login("welcome", "chanhvanphong");
      browser.sees("Đặng Văn Hòa");
      browser.open("/audit/?businessKey=DK-2027");
      browser.sees("Nhật ký hồ sơ DK-2027");
      browser.sees("Mở hồ sơ «Đăng ký thi đua năm».");
      browser.sees("Hệ thống");
      browser.sees("Nhận việc «Đăng ký thi đua năm 2027 — Phòng Quy hoạch – Kiến trúc» (Nguyễn Thị Thu Hà).");
      browser.screenshot("audit-secretariat");
      assertThat(Accessibility.violations(browser, "critical")).as("critical accessibility violations on the diary page").isEmpty();
    }

    try (Browser browser = new Browser(port)) {
      browser.login("welcome", "truongphong.qhkt");
      browser.sees("Nguyễn Thị Thu Hà");
      browser.open("/audit/?businessKey=DK-2027");
      browser.sees("Nhận việc «Đăng ký thi đua năm 2027 — Phòng Quy hoạch – Kiến trúc» (Nguyễn Thị Thu Hà).");
      assertThat(browser.driver.getPageSource()).as("the Department's own entries are the Office's").doesNotContain("Mở hồ sơ");
    }

    try (Browser browser = new Browser(port)) {
      browser.login("welcome", "truongphong.qlxd");
      browser.sees("Trần Quốc Hưng");
      browser.open("/audit/?businessKey=DK-2027");
      browser.sees("Nhật ký hồ sơ DK-2027");
      browser.visible(org.openqa.selenium.By.cssSelector("#entries tbody"));
      assertThat(browser.driver.getPageSource()).as("another unit's entries").doesNotContain("Phòng Quy hoạch – Kiến trúc");
      browser.screenshot("audit-other-unit");
    }
  }
}
