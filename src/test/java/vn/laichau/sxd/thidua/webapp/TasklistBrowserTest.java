package vn.laichau.sxd.thidua.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.laichau.sxd.thidua.ThiduaTest;
import vn.laichau.sxd.thidua.registration.RegistrationRepository;
import vn.laichau.sxd.thidua.registration.RegistrationTestSupport;
import vn.laichau.sxd.thidua.registration.UnitRegistrationStatus;

/** A unit head works in the Vietnamese Tasklist: the unit's filters, a task, its Camunda Form, completed. */
@ThiduaTest
class TasklistBrowserTest {

  @Autowired RuntimeService runtimeService;
  @Autowired JdbcTemplate jdbc;
  @Autowired RegistrationRepository registrations;
  @LocalServerPort int port;
  private final EnglishLabels english = new EnglishLabels("tasklist");

  @BeforeEach
  void openRegistration() {
    RegistrationTestSupport.openFresh2027(runtimeService, jdbc);
  }

  @AfterEach
  void cleanUp() {
    RegistrationTestSupport.cleanSlate(runtimeService, jdbc);
  }

  @Test
  void aUnitHeadRegistersTheUnitThroughTheTaskForm() {
    try (Browser browser = new Browser(port)) {
      browser.open("/camunda/app/tasklist/");
      browser.visible(By.cssSelector("input[ng-model='username']"));
      assertThat(Accessibility.violations(browser, "critical")).as("critical accessibility violations on the login page").isEmpty();
      browser.login("tasklist", "truongphong.qhkt");
      browser.sees("Việc của đơn vị tôi");
      browser.clickable(browser.text("a", "Việc của đơn vị tôi")).click();
      browser.clickable(browser.text("a", "Phòng Quy hoạch – Kiến trúc")).click();
      browser.visible(By.cssSelector(".fjs-form"));
      assertThat(browser.visible(By.linkText("Nhật ký hồ sơ")).getAttribute("href")).as("the task's dossier diary")
          .endsWith("/audit/?businessKey=DK-2027");
      browser.screenshot("tasklist-unit-task");
      assertThat(english.on(browser.pageText())).as("English on the task list").isEmpty();
      assertThat(browser.driver.findElements(By.cssSelector(".tasks-list .task .priority"))).as("no priority number on a card")
          .isNotEmpty().noneMatch(priority -> priority.isDisplayed());
      assertThat(browser.driver.findElements(By.cssSelector(".ce-eol-banner"))).as("the engine notice is for administrators")
          .noneMatch(banner -> banner.isDisplayed());
      assertThat(browser.visible(By.cssSelector(".navbar-brand .brand-name")).getText()).isEqualTo("Sở Xây dựng Lai Châu – Công việc");
      browser.sees("bấm «Nhận việc» ở góc trên bên phải để điền và gửi biểu mẫu.");
      browser.clickable(By.cssSelector("button.claim")).click();
      browser.gone(By.cssSelector(".thidua-claim-hint"));
      browser.choose("Danh hiệu tập thể đăng ký", "Tập thể lao động tiên tiến");
      browser.click(By.cssSelector(".fjs-form-field-dynamiclist .fjs-repeat-render-add"));
      browser.choose("Người đăng ký", "Nguyễn Thị Thu Hà — Trưởng phòng");
      browser.choose("Danh hiệu của người này", "Chiến sĩ thi đua cơ sở");
      browser.visible(By.cssSelector("input[id$='-textfield_8']")).sendKeys("Văn bản đúng hạn");
      String[] figures = {"100", "100", "98,5", "1", "100", "95"};
      for (int indicator = 1; indicator <= figures.length; indicator++) {
        browser.field("Chỉ tiêu " + indicator + " —").sendKeys(figures[indicator - 1]);
      }
      browser.click(By.cssSelector("button[ng-click='complete()']"));
      browser.sees("Phải đăng ký ít nhất một mô hình, sáng kiến, giải pháp hoặc điển hình tiên tiến (chỉ tiêu 4).");
      browser.screenshot("tasklist-server-refusal");
      assertThat(browser.pageText()).as("the server's reason alone, without Camunda's prefix or the task id")
          .doesNotContain("Cannot").doesNotContainPattern("[0-9a-f]{8}-[0-9a-f]{4}-");
      browser.click(By.xpath("(//*[contains(@class,'fjs-repeat-render-add')])[2]"));
      browser.field("Tên mô hình").sendKeys("Một cửa điện tử cấp phép quy hoạch");
      browser.choose("Loại", "Mô hình");
      browser.field("Người hoặc tập thể thực hiện").sendKeys("Tổ cấp phép");
      browser.screenshot("tasklist-form-filled");
      assertThat(Accessibility.violations(browser, "critical")).as("critical accessibility violations on the task form").isEmpty();
      assertThat(english.on(browser.pageText())).as("English on the task form").isEmpty();

      browser.click(By.cssSelector("button[ng-click='complete()']"));
      browser.sees("Không có công việc nào khớp bộ lọc.");
      browser.sees("Đã hoàn thành công việc «Đăng ký thi đua năm 2027 — Phòng Quy hoạch – Kiến trúc».");
      browser.screenshot("tasklist-completed");
      assertThat(browser.pageText()).as("the earlier refusal no longer stands").doesNotContain("Phải đăng ký ít nhất một mô hình");
      assertThat(registrations.status(2027, "QHKT")).isEqualTo(UnitRegistrationStatus.SUBMITTED);
      assertThat(jdbc.queryForObject("SELECT content FROM unit_registration WHERE reg_year = 2027 AND unit_code = 'QHKT'", String.class))
          .contains("Một cửa điện tử cấp phép quy hoạch", "Văn bản đúng hạn", "\"target3\":\"98.5\"",
              "{\"username\":\"truongphong.qhkt\",\"title\":\"CSTDCS\"");
    }
    try (Browser browser = new Browser(port)) {
      browser.login("tasklist", "thuky");
      browser.clickable(browser.text("a", "Đăng ký chờ duyệt")).click();
      browser.clickable(browser.text("a", "Phòng Quy hoạch – Kiến trúc")).click();
      browser.sees("Chỉ tiêu 1 (Văn bản quy phạm pháp luật, đề án được giao): 100% — Văn bản đúng hạn");
      browser.sees("Chỉ tiêu 3 (Thủ tục hành chính giải quyết đúng hạn): 98.5%");
      browser.sees("Nguyễn Thị Thu Hà Chiến sĩ thi đua cơ sở");
      browser.screenshot("tasklist-registration-review");
      assertThat(english.on(browser.pageText())).as("English on the review").isEmpty();
    }
  }
}
