package vn.laichau.sxd.thidua.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.laichau.sxd.thidua.registration.RegistrationTestSupport.registration;
import static vn.laichau.sxd.thidua.registration.RegistrationTestSupport.review;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.laichau.sxd.thidua.Jobs;
import vn.laichau.sxd.thidua.ThiduaTest;
import vn.laichau.sxd.thidua.nomination.RoundTestSupport;
import vn.laichau.sxd.thidua.registration.RegistrationTestSupport;

/**
 * One year walked through the screens, each role with its own account: two units register (one
 * returned and sent again) and the Director approves; a round where two units nominate through the
 * picker, the secretariat appraises, the nine members vote, the disclosure ends and the Director
 * decides; then the dashboard and Cockpit as the Director. Every screen is saved under
 * {@code target/e2e/year-*.png} and shows no English label, no code of our vocabularies, no
 * expression, and no critical accessibility violation. Units not walked act through the API.
 */
@ThiduaTest
class YearWalkBrowserTest {

  /** Codes of the award, round type, status and vote vocabularies, which a person must never read. */
  private static final Pattern CODE = Pattern.compile("\\b(LDTT|CSTDCS|CSTD_TINH|GIAY_KHEN_GD_SO|BANG_KHEN_CT_TINH|TTLDTT|TTLDXS|CONG_TRANG|"
      + "CHUYEN_DE|DOT_XUAT|PROPOSED|RETURNED|ACCEPTED|ON_HOLD|WITHDRAWN|AWARDED|FORWARDED|NOT_AWARDED|PASSED|FAILED|NO_VOTE|"
      + "SUBMITTED|PREPARING|PARTLY_DECIDED|DECIDED|AGREE|DISAGREE|ABSTAIN|RETURN|ACCEPT)\\b|\\$\\{");
  private static final List<String> COUNCIL = List.of("giamdoc", "phogiamdoc", "chanhvanphong", "chutichcongdoan", "bithudoan",
      "truongphong.khtc", "truongphong.qhkt", "truongphong.qlxd", "truongphong.kchtgt");
  private static final By COMPLETE = By.cssSelector("button[ng-click='complete()']");

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired RepositoryService repositoryService;
  @Autowired RoundTestSupport rounds;
  @Autowired JdbcTemplate jdbc;
  @LocalServerPort int port;
  private final EnglishLabels tasklistEnglish = new EnglishLabels("tasklist");
  private int screens;

  @AfterEach
  void cleanUp() {
    RegistrationTestSupport.cleanSlate(runtimeService, jdbc);
    rounds.cleanUp();
  }

  /** Saves the screen and holds it to the rules every screen keeps. */
  private void screen(Browser browser, String name, EnglishLabels english) {
    browser.screenshot("year-" + name);
    String text = browser.pageText();
    assertThat(english.on(text)).as("English on " + name).isEmpty();
    assertThat(CODE.matcher(text).results().map(MatchResult::group).toList()).as("codes on " + name).isEmpty();
    assertThat(Accessibility.violations(browser, "critical")).as("critical accessibility violations on " + name).isEmpty();
    screens++;
  }

  private void openTask(Browser browser, String filter, String taskName) {
    browser.click(browser.text("a", filter));
    browser.click(browser.text("a", taskName));
    browser.visible(By.cssSelector(".fjs-form"));
    browser.click(By.cssSelector("button.claim"));
    browser.gone(By.cssSelector(".thidua-claim-hint"));
  }

  private void choose(Browser browser, String label) {
    browser.click(By.xpath("//label[normalize-space(.)=\"" + label + "\"]"));
  }

  private void completeAndSee(Browser browser, String name) {
    screen(browser, name, tasklistEnglish);
    browser.click(COMPLETE);
    browser.sees("Đã hoàn thành công việc");
  }

  private void register(String user, String unitName, String person) {
    try (Browser browser = new Browser(port)) {
      browser.login("tasklist", user);
      openTask(browser, "Việc của đơn vị tôi", "Đăng ký thi đua năm 2027 — " + unitName);
      browser.choose("Danh hiệu tập thể đăng ký", "Tập thể lao động tiên tiến");
      browser.click(By.cssSelector(".fjs-form-field-dynamiclist .fjs-repeat-render-add"));
      browser.choose("Người đăng ký", person);
      browser.choose("Danh hiệu của người này", "Lao động tiên tiến");
      browser.click(By.xpath("(//*[contains(@class,'fjs-repeat-render-add')])[2]"));
      browser.field("Tên mô hình").sendKeys("Một cửa điện tử");
      browser.choose("Loại", "Mô hình");
      browser.field("Người hoặc tập thể thực hiện").sendKeys(unitName);
      // The figures last: form-js 1.8 drops a text typed within 300 ms after a number (docs/architecture.md).
      String[] figures = {"100", "100", "98", "1", "100", "95"};
      for (int indicator = 1; indicator <= figures.length; indicator++) {
        browser.field("Chỉ tiêu " + indicator + " —").sendKeys(figures[indicator - 1]);
      }
      completeAndSee(browser, "registration-" + user);
    }
  }

  private void reviewRegistration(String unitName, boolean accept) {
    try (Browser browser = new Browser(port)) {
      browser.login("tasklist", "thuky");
      openTask(browser, "Đăng ký chờ duyệt", "Xem xét đăng ký thi đua năm 2027 — " + unitName);
      if (accept) {
        choose(browser, "Chấp nhận");
      } else {
        choose(browser, "Trả lại để đơn vị bổ sung");
        browser.field("Lý do trả lại").sendKeys("Bổ sung biện pháp cho chỉ tiêu 3");
      }
      completeAndSee(browser, "registration-review-" + (accept ? "accept" : "return"));
    }
  }

  private void nominate(String user, String unitName, String... people) {
    try (Browser browser = new Browser(port)) {
      browser.login("tasklist", user);
      openTask(browser, "Việc của đơn vị tôi", "Bình xét khen thưởng 2025 — " + unitName);
      for (String person : people) {
        browser.click(By.xpath("//*[contains(@class,'fjs-select-display')][normalize-space(.)=\"" + person + "\"]"
            + "/following::label[normalize-space(.)='Lao động tiên tiến'][1]"));
      }
      completeAndSee(browser, "nomination-" + user);
    }
  }

  private void appraise(String unitName) {
    try (Browser browser = new Browser(port)) {
      browser.login("tasklist", "thuky");
      openTask(browser, "Hồ sơ chờ thẩm định", "Thẩm định đề nghị khen thưởng 2025 — " + unitName);
      choose(browser, "Hồ sơ có đủ các thành phần theo danh mục");
      choose(browser, "Chấp nhận");
      // Texts last, as in the registration (form-js 1.8 and a text typed just before another change).
      if (browser.pageText().contains("Cảnh báo tỷ lệ xếp loại")) {
        choose(browser, "Đã xem cảnh báo về tỷ lệ Hoàn thành xuất sắc nhiệm vụ");
        browser.field("Lý do vẫn chấp nhận").sendKeys("Đơn vị có nhiều sáng kiến được công nhận");
      }
      completeAndSee(browser, "appraisal");
    }
  }

  @Test
  void oneYearThroughTheScreens() {
    // Registration of 2027: QHKT is returned once, KHTC accepted; the other units act through the API.
    ProcessInstance registrationYear = runtimeService.startProcessInstanceByKey("emulation-registration",
        java.util.Map.of("year", 2027));
    register("truongphong.qhkt", "Phòng Quy hoạch – Kiến trúc", "Phan Quang Nam — Chuyên viên");
    register("truongphong.khtc", "Phòng Kế hoạch – Tài chính", "Đỗ Hữu Giang — Chuyên viên");
    reviewRegistration("Phòng Quy hoạch – Kiến trúc", false);
    try (Browser browser = new Browser(port)) {
      browser.login("tasklist", "truongphong.qhkt");
      openTask(browser, "Việc của đơn vị tôi", "Đăng ký thi đua năm 2027 — Phòng Quy hoạch – Kiến trúc");
      browser.sees("Bổ sung biện pháp cho chỉ tiêu 3");
      completeAndSee(browser, "registration-again");
    }
    reviewRegistration("Phòng Quy hoạch – Kiến trúc", true);
    reviewRegistration("Phòng Kế hoạch – Tài chính", true);
    for (Task other : taskService.createTaskQuery().processInstanceId(registrationYear.getId()).taskDefinitionKey("registerUnit").list()) {
      taskService.complete(other.getId(), registration("Mô hình của đơn vị"));
    }
    for (Task other : taskService.createTaskQuery().processInstanceId(registrationYear.getId()).taskDefinitionKey("reviewUnitRegistration")
        .list()) {
      taskService.complete(other.getId(), review("ACCEPT", null));
    }
    try (Browser browser = new Browser(port)) {
      browser.login("tasklist", "giamdoc");
      openTask(browser, "Chờ Giám đốc phê duyệt", "Phê duyệt đăng ký thi đua năm 2027");
      choose(browser, "Phê duyệt");
      completeAndSee(browser, "registration-approval");
    }
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM registered_subject WHERE reg_year = 2027", Integer.class)).isPositive();

    // The 2025 round: opened by the secretariat, two units nominate through the picker, the others nominate nobody.
    RoundTestSupport.today(LocalDate.of(2026, 1, 5));
    try (Browser browser = new Browser(port)) {
      browser.login("tasklist", "thuky");
      browser.click(browser.text("a", "Bắt đầu quy trình"));
      browser.click(browser.text("a", "Đợt bình xét khen thưởng"));
      browser.field("Năm bình xét").sendKeys("2025");
      browser.choose("Loại khen thưởng", "Khen thưởng công trạng (thường xuyên)");
      screen(browser, "round-start", tasklistEnglish);
      browser.click(browser.text("button", "Bắt đầu"));
      browser.sees("Đã bắt đầu");
    }
    ProcessInstance round = runtimeService.createProcessInstanceQuery().processDefinitionKey("commendation-round").singleResult();
    Jobs.runDue(managementService);
    nominate("truongphong.qhkt", "Phòng Quy hoạch – Kiến trúc", "Phan Quang Nam — Chuyên viên", "Giàng A Chư — Chuyên viên, Bí thư Đoàn cơ sở");
    nominate("truongphong.khtc", "Phòng Kế hoạch – Tài chính", "Đỗ Hữu Giang — Chuyên viên");
    for (Task other : taskService.createTaskQuery().processInstanceId(round.getId()).taskDefinitionKey("nominate").list()) {
      taskService.complete(other.getId(), Variables.createVariables().putValue("nominations", "[]").putValue("nominatesNobody", true));
    }
    appraise("Phòng Quy hoạch – Kiến trúc");
    appraise("Phòng Kế hoạch – Tài chính");
    Jobs.runDue(managementService);

    for (String member : COUNCIL) {
      try (Browser browser = new Browser(port)) {
        browser.login("tasklist", member);
        browser.click(browser.text("a", "Phiếu bầu của tôi"));
        browser.click(browser.text("a", "Phiếu bầu — Phiên họp Hội đồng số"));
        browser.click(browser.text("button", "Đồng ý tất cả nội dung chưa chọn"));
        browser.sees("Đã chọn ý kiến cho 3/3 nội dung.");
        completeAndSee(browser, "ballot");
      }
    }
    Jobs.runDue(managementService);
    RoundTestSupport.today(LocalDate.of(2026, 1, 30));
    Jobs.runDue(managementService);

    try (Browser browser = new Browser(port)) {
      browser.login("tasklist", "giamdoc");
      openTask(browser, "Chờ Giám đốc phê duyệt", "Giám đốc quyết định khen thưởng");
      browser.field("Ngày quyết định").sendKeys("30/01/2026");
      completeAndSee(browser, "decision");
    }
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM award_entry WHERE decision_number IN (SELECT doc_number FROM document"
        + " WHERE kind = 'QUYET_DINH_KHEN_THUONG')", Integer.class))
        .as("three people in the register, under the decision's number from the register").isEqualTo(3);

    Jobs.runDueWithDocuments(managementService);

    // The Director watches: the dashboard of 2025, the round's documents and Cockpit.
    try (Browser browser = new Browser(port)) {
      browser.login("welcome", "giamdoc");
      browser.click(browser.text("a", "Bảng điều hành thi đua, khen thưởng"));
      browser.sees("Toàn Sở");
      screen(browser, "dashboard", tasklistEnglish);
      // The round of 2025 is listed under its year; its row links here.
      browser.open("/documents/?businessKey=" + jdbc.queryForObject("SELECT business_key FROM commendation_round", String.class));
      browser.sees("Văn bản của hồ sơ");
      browser.sees("Biên bản họp — Phiên họp Hội đồng");
      screen(browser, "documents", tasklistEnglish);
      EnglishLabels cockpit = new EnglishLabels("cockpit");
      browser.open("/camunda/app/cockpit/default/#/processes");
      browser.sees("Đợt bình xét khen thưởng");
      screen(browser, "cockpit-processes", cockpit);
      String definition = repositoryService.createProcessDefinitionQuery().processDefinitionKey("emulation-registration").latestVersion()
          .singleResult().getId();
      browser.open("/camunda/app/cockpit/default/#/process-definition/" + definition + "/runtime");
      browser.sees("Mã định nghĩa");
      screen(browser, "cockpit-definition", cockpit);
    }
    try (Browser browser = new Browser(port)) {
      browser.login("welcome", "thuky");
      browser.sees("Hà Thị Thanh Tâm");
      browser.open("/documents/");
      browser.sees("Mẫu văn bản");
      screen(browser, "document-templates", tasklistEnglish);
    }
    assertThat(screens).as("screens walked").isGreaterThanOrEqualTo(27);
  }
}
