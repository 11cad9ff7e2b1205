package vn.laichau.sxd.thidua.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.laichau.sxd.thidua.ThiduaTest;
import vn.laichau.sxd.thidua.registration.RegistrationTestSupport;

/**
 * A unit head reads on the notices page the message a new task brought and chooses the morning
 * digest; the administrator sees the templates; the secretariat sees on the dashboard who has no address.
 */
@ThiduaTest
class NoticesBrowserTest {

  @Autowired RuntimeService runtimeService;
  @Autowired JdbcTemplate jdbc;
  @LocalServerPort int port;

  @AfterEach
  void cleanUp() {
    ClockUtil.reset();
    RegistrationTestSupport.cleanSlate(runtimeService, jdbc);
    jdbc.update("DELETE FROM mail_preference");
  }

  @Test
  void theUnitHeadReadsTheMessageAndChoosesTheDigest() {
    RegistrationTestSupport.openFresh2027(runtimeService, jdbc);
    ClockUtil.reset();
    try (Browser browser = new Browser(port)) {
      browser.login("welcome", "truongphong.qhkt");
      browser.sees("Nguyễn Thị Thu Hà");
      browser.click(browser.text("a", "Thông báo"));
      browser.sees("Thư gửi cho tôi");
      browser.click(browser.text("summary", "Việc mới: Đăng ký thi đua năm 2027 — Phòng Quy hoạch – Kiến trúc"));
      browser.visible(By.cssSelector("details[open] iframe.mail"));
      browser.driver.switchTo().frame(browser.driver.findElement(By.cssSelector("details[open] iframe.mail")));
      browser.sees("Hạn xử lý: 31/03/2027");
      browser.driver.switchTo().defaultContent();
      browser.click(By.cssSelector("input[value=DIGEST]"));
      browser.click(browser.text("button", "Lưu lựa chọn"));
      browser.sees("Đã lưu.");
      browser.screenshot("notices-unit-head");
      assertThat(Accessibility.violations(browser, "critical")).as("critical accessibility violations on the notices page").isEmpty();
      assertThat(browser.driver.findElements(By.id("templates")).get(0).isDisplayed()).as("templates are the administrator's").isFalse();
    }
    assertThat(jdbc.queryForObject("SELECT task_mode FROM mail_preference WHERE username = 'truongphong.qhkt'", String.class))
        .isEqualTo("DIGEST");

    try (Browser browser = new Browser(port)) {
      browser.login("welcome", "admin");
      browser.sees("Quản trị");
      browser.open("/notices/");
      browser.sees("Mẫu thư");
      browser.sees("Tiêu đề: [Thi đua] Việc mới: Đăng ký thi đua năm 2027");
      browser.screenshot("notices-templates");
    }

    try (Browser browser = new Browser(port)) {
      browser.login("welcome", "thuky");
      browser.sees("Hà Thị Thanh Tâm");
      browser.open("/dashboard/");
      browser.sees("Người chưa có địa chỉ thư điện tử");
      browser.sees("Giàng A Chư.");
      browser.driver.executeScript("document.getElementById('mail').scrollIntoView();");
      browser.screenshot("dashboard-mail");
    }
  }
}
