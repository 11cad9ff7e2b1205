package vn.laichau.sxd.thidua.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.laichau.sxd.thidua.ThiduaTest;
import vn.laichau.sxd.thidua.council.AgendaEntry;
import vn.laichau.sxd.thidua.council.CouncilService;

/** A council member casts a ballot in the Vietnamese Tasklist, from the "Phiếu bầu của tôi" filter. */
@ThiduaTest
class CouncilBallotBrowserTest {

  @Autowired CouncilService council;
  @Autowired RuntimeService runtimeService;
  @Autowired JdbcTemplate jdbc;
  @LocalServerPort int port;
  private ProcessInstance session;

  @AfterEach
  void cleanUp() {
    if (session != null && runtimeService.createProcessInstanceQuery().processInstanceId(session.getId()).count() > 0) {
      runtimeService.deleteProcessInstance(session.getId(), "test clean-up", true, true);
    }
  }

  @Test
  void aCouncilMemberVotesOnTheAgenda() {
    long sessionId = council.prepareSession(2025, "Kiểm thử trên trình duyệt", List.of(
        new AgendaEntry("INDIVIDUAL", "an.nv.vp", "Nguyễn Văn An", "LDTT", "Lao động tiên tiến", null)));
    session = runtimeService.startProcessInstanceByKey("council-session", Map.of("sessionId", sessionId));
    EnglishLabels english = new EnglishLabels("tasklist");

    try (Browser browser = new Browser(port)) {
      browser.login("tasklist", "bithudoan");
      browser.click(browser.text("a", "Phiếu bầu của tôi"));
      browser.click(browser.text("a", "Phiếu bầu — Phiên họp Hội đồng số"));
      browser.visible(By.cssSelector(".fjs-form"));
      browser.sees("Lao động tiên tiến — biểu quyết công khai (1 nội dung)");
      browser.sees("1. Nguyễn Văn An — Lao động tiên tiến (biểu quyết công khai)");
      browser.click(By.xpath("//label[contains(normalize-space(.), 'Đồng ý')][not(contains(normalize-space(.), 'Không'))]"));
      browser.screenshot("council-ballot");
      assertThat(english.on(browser.pageText())).as("English on the ballot").isEmpty();
      browser.click(By.cssSelector("button[ng-click='complete()']"));
      browser.sees("Không có công việc nào khớp bộ lọc.");
    }

    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM session_voter WHERE session_id = ? AND voted", Integer.class, sessionId))
        .isEqualTo(1);
    assertThat(jdbc.queryForObject("SELECT v.username || ':' || v.choice FROM open_vote v JOIN agenda_item i ON i.id = v.item_id WHERE i.session_id = ?",
        String.class, sessionId)).isEqualTo("bithudoan:AGREE");
  }

  private static final By AGREE = By.xpath("//label[contains(normalize-space(.), 'Đồng ý')][not(contains(normalize-space(.), 'Không'))]");
  private static final By COMPLETE = By.cssSelector("button[ng-click='complete()']");

  @Test
  void aBallotLeftIncompleteOnceCanBeFinishedWithoutReloading() {
    long sessionId = council.prepareSession(2025, "Kiểm thử trên trình duyệt", List.of(
        new AgendaEntry("INDIVIDUAL", "an.nv.vp", "Nguyễn Văn An", "LDTT", "Lao động tiên tiến", null),
        new AgendaEntry("INDIVIDUAL", "bithudoan", "Giàng A Chư", "LDTT", "Lao động tiên tiến", null),
        new AgendaEntry("COLLECTIVE", "QHKT", "Phòng Quy hoạch – Kiến trúc", "TTLDTT", "Tập thể lao động tiên tiến", null)));
    session = runtimeService.startProcessInstanceByKey("council-session", Map.of("sessionId", sessionId));

    try (Browser browser = new Browser(port)) {
      browser.login("tasklist", "chutichcongdoan");
      browser.click(browser.text("a", "Phiếu bầu của tôi"));
      browser.click(browser.text("a", "Phiếu bầu — Phiên họp Hội đồng số"));
      browser.visible(By.cssSelector(".fjs-form"));
      List<WebElement> agree = browser.driver.findElements(AGREE);
      assertThat(agree).hasSize(3);
      for (int item = 0; item < 2; item++) {
        browser.driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", agree.get(item));
        agree.get(item).click();
      }
      browser.click(COMPLETE);
      browser.visible(By.cssSelector(".fjs-form .fjs-has-errors"));
      browser.visible(By.cssSelector(".page-notifications .alert"));
      browser.screenshot("council-ballot-incomplete");
      assertThat(coveredByANotice(browser)).as("a notice covers the form's buttons").isFalse();

      browser.driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", agree.get(2));
      agree.get(2).click();
      browser.click(COMPLETE);
      browser.sees("Không có công việc nào khớp bộ lọc.");
    }
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM open_vote v JOIN agenda_item i ON i.id = v.item_id WHERE i.session_id = ?",
        Integer.class, sessionId)).isEqualTo(3);
  }

  /** Whether any visible notice overlaps the "Lưu" or "Hoàn thành" button. */
  private static boolean coveredByANotice(Browser browser) {
    Object covered = browser.driver.executeScript("""
        const buttons = [...document.querySelectorAll("button[ng-click='complete()'], button[ng-click='save($event)']")]
          .map(b => b.getBoundingClientRect()).filter(r => r.width > 0);
        const notices = [...document.querySelectorAll('.page-notifications .alert')]
          .map(n => n.getBoundingClientRect()).filter(r => r.width > 0);
        return notices.some(n => buttons.some(b => n.left < b.right && b.left < n.right && n.top < b.bottom && b.top < n.bottom));
        """);
    return Boolean.TRUE.equals(covered);
  }

  /**
   * A long agenda (338 items, as the annual round of the 300-staff benchmark gives: 300 open, 38
   * secret): grouped by award, each item with its position, unit and achievements; the member agrees
   * to all, then disagrees with two, in six clicks from the filter to the completion, and the tally stores it.
   */
  @Test
  void aLongAgendaIsAgreedToButTwoItemsInSixClicks() {
    List<AgendaEntry> agenda = new java.util.ArrayList<>();
    for (int i = 1; i <= 338; i++) {
      boolean open = i <= 300;
      agenda.add(new AgendaEntry("INDIVIDUAL", "nguoi" + i, "Người thứ " + i, open ? "LDTT" : "CSTDCS",
          open ? "Lao động tiên tiến" : "Chiến sĩ thi đua cơ sở", "Chuyên viên, Phòng thứ " + (i % 9 + 1) + ". Thành tích: Sáng kiến số " + i));
    }
    long sessionId = council.prepareSession(2025, "Kiểm thử chương trình dài", agenda);
    session = runtimeService.startProcessInstanceByKey("council-session", Map.of("sessionId", sessionId));
    int clicks = 0;

    try (Browser browser = new Browser(port)) {
      browser.login("tasklist", "bithudoan");
      browser.click(browser.text("a", "Phiếu bầu của tôi"));
      clicks++;
      browser.click(browser.text("a", "Phiếu bầu — Phiên họp Hội đồng số"));
      clicks++;
      browser.sees("Đã chọn ý kiến cho 0/338 nội dung.");
      assertThat(browser.pageText()).as("grouped by award, the nature of each vote shown, who the item is")
          .contains("Lao động tiên tiến — biểu quyết công khai (300 nội dung)", "Chiến sĩ thi đua cơ sở — bỏ phiếu kín (38 nội dung)",
              "301. Người thứ 301 — Chiến sĩ thi đua cơ sở (bỏ phiếu kín)", "Chuyên viên, Phòng thứ 3. Thành tích: Sáng kiến số 11")
          .as("no internal field on the ballot").doesNotContain("Mã nội dung");
      browser.click(browser.text("button", "Đồng ý tất cả nội dung chưa chọn"));
      clicks++;
      browser.sees("Đã chọn ý kiến cho 338/338 nội dung.");
      List<WebElement> disagree = browser.driver.findElements(By.xpath("//label[normalize-space(.)='Không đồng ý']"));
      for (int item : List.of(0, 1)) {
        browser.driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", disagree.get(item));
        disagree.get(item).click();
        clicks++;
      }
      browser.screenshot("council-ballot-long");
      browser.click(COMPLETE);
      clicks++;
      browser.sees("Không có công việc nào khớp bộ lọc.");
    }

    assertThat(clicks).as("clicks from the filter to the completion").isLessThanOrEqualTo(6);
    assertThat(jdbc.queryForList("SELECT v.choice FROM open_vote v JOIN agenda_item i ON i.id = v.item_id WHERE i.session_id = ?"
        + " AND v.username = 'bithudoan'", String.class, sessionId))
        .hasSize(300).containsOnly("AGREE", "DISAGREE").filteredOn("DISAGREE"::equals).hasSize(2);
    assertThat(jdbc.queryForObject("SELECT SUM(c.agree) FROM secret_count c JOIN agenda_item i ON i.id = c.item_id WHERE i.session_id = ?",
        Integer.class, sessionId)).as("the secret items, counted without the voter").isEqualTo(38);
  }

}
