package vn.laichau.sxd.thidua.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.laichau.sxd.thidua.ThiduaTest;
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
        new CouncilService.AgendaEntry("INDIVIDUAL", "an.nv.vp", "Nguyễn Văn An", "LDTT", "Lao động tiên tiến")));
    session = runtimeService.startProcessInstanceByKey("council-session", Map.of("sessionId", sessionId));
    EnglishLabels english = new EnglishLabels("tasklist");

    try (Browser browser = new Browser(port)) {
      browser.login("tasklist", "bithudoan");
      browser.click(browser.text("a", "Phiếu bầu của tôi"));
      browser.click(browser.text("a", "Phiếu bầu phiên họp " + session.getBusinessKey()));
      browser.visible(By.cssSelector(".fjs-form"));
      assertThat(browser.field("Nội dung").getAttribute("value")).contains("Nguyễn Văn An — Lao động tiên tiến");
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
}
