package vn.laichau.sxd.thidua.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.laichau.sxd.thidua.ThiduaTest;

/**
 * The dashboard as the Director (every unit, reached from Welcome and Cockpit), as a unit head
 * (their unit only) and as a council member (refused).
 */
@ThiduaTest
class DashboardBrowserTest {

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;

  @BeforeEach
  void aReviewOfThisYear() {
    cleanUp();
    int year = java.time.LocalDate.now().getYear();
    jdbc.update("INSERT INTO periodic_review (review_key, review_year, review_kind, process_instance_id, status, opened_at) "
        + "VALUES (?, ?, 'ANNUAL', 'test', 'APPROVED', CURRENT_TIMESTAMP)", "SK-" + year + "-ANNUAL", year);
    for (int indicator = 1; indicator <= 7; indicator++) {
      jdbc.update("INSERT INTO indicator_value (review_key, unit_code, indicator_no, target, actual, status) VALUES (?, 'QHKT', ?, 100, ?, ?)",
          "SK-" + year + "-ANNUAL", indicator, indicator == 3 ? 95 : 100, indicator == 3 ? "KHONG_DAT" : "DAT");
    }
  }

  @AfterEach
  void cleanUp() {
    jdbc.update("DELETE FROM indicator_value");
    jdbc.update("DELETE FROM periodic_review");
  }

  private static int bodyRows(Browser browser, String table) {
    return browser.driver.findElements(By.cssSelector("#" + table + " tbody tr")).size();
  }

  @Test
  void theDirectorSeesEveryUnitFromWelcomeAndCockpit() {
    try (Browser browser = new Browser(port)) {
      browser.login("welcome", "giamdoc");
      browser.click(browser.text("a", "Bảng điều hành thi đua, khen thưởng"));
      browser.sees("Toàn Sở: 10 phòng, đơn vị.");
      assertThat(bodyRows(browser, "indicators")).isEqualTo(10);
      assertThat(browser.visible(By.cssSelector("#indicators td.KHONG_DAT")).getText()).isEqualTo("95");
      browser.screenshot("dashboard-director");
      assertThat(Accessibility.violations(browser, "critical")).as("critical accessibility violations on the dashboard").isEmpty();

      browser.click(By.xpath("//table[@id='indicators']//th/button[normalize-space(.)='Phòng Quy hoạch – Kiến trúc']"));
      browser.sees("Kết quả bảy chỉ tiêu");
      assertThat(bodyRows(browser, "details-table")).isEqualTo(7);
      browser.screenshot("dashboard-director-details");

      browser.open("/camunda/app/cockpit/default/");
      browser.click(browser.text("a", "Bảng điều hành"));
      browser.sees("Bảng điều hành thi đua, khen thưởng");
    }
  }

  @Test
  void aUnitHeadSeesTheirUnitOnly() {
    try (Browser browser = new Browser(port)) {
      browser.login("welcome", "truongphong.qhkt");
      browser.sees("Bảng điều hành thi đua, khen thưởng");
      browser.open("/dashboard/");
      browser.sees("Đơn vị của bạn: Phòng Quy hoạch – Kiến trúc.");
      assertThat(bodyRows(browser, "indicators")).isEqualTo(1);
      assertThat(bodyRows(browser, "tasks")).isEqualTo(1);
      browser.screenshot("dashboard-unit-head");
    }
  }

  @Test
  void aCouncilMemberIsRefusedAndAStrangerIsSentToTheLogin() {
    try (Browser browser = new Browser(port)) {
      browser.open("/dashboard/");
      browser.sees("Bạn chưa đăng nhập.");
      browser.login("welcome", "bithudoan");
      browser.sees("Ứng dụng");
      browser.open("/dashboard/");
      browser.sees("tài khoản của bạn không có quyền xem");
    }
  }
}
