package vn.laichau.sxd.thidua.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.laichau.sxd.thidua.Jobs;
import vn.laichau.sxd.thidua.ThiduaTest;

/**
 * Nominating in Tasklist: the unit head ticks awards next to the names of the unit's eligible
 * people (no login typed), and "this unit nominates nobody" is an explicit choice.
 */
@ThiduaTest
class NominationBrowserTest {

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired JdbcTemplate jdbc;
  @LocalServerPort int port;
  private ProcessInstance round;

  @AfterEach
  void cleanUp() {
    if (round != null) {
      runtimeService.deleteProcessInstance(round.getId(), "test clean-up", true, true);
    }
    jdbc.update("DELETE FROM nomination");
    jdbc.update("DELETE FROM commendation_round");
  }

  @Test
  void aUnitThatNominatesNobodySaysSo() {
    round = runtimeService.startProcessInstanceByKey("commendation-round", Map.of("year", 2025, "commendationType", "CONG_TRANG"));
    Jobs.runDue(managementService);
    By complete = By.cssSelector("button[ng-click='complete()']");

    try (Browser browser = new Browser(port)) {
      browser.login("tasklist", "truongphong.ttbt");
      browser.clickable(browser.text("a", "Việc của đơn vị tôi")).click();
      browser.clickable(browser.text("a", "Bình xét khen thưởng 2025")).click();
      browser.visible(By.cssSelector(".fjs-form"));
      browser.clickable(By.cssSelector("button.claim")).click();
      browser.click(complete);
      browser.sees("Hãy chọn người, tập thể được đề nghị, hoặc đánh dấu «Đơn vị không đề nghị khen thưởng trong đợt này».");
      browser.screenshot("nomination-empty-refused");

      browser.click(By.xpath("//label[contains(normalize-space(.), 'Đơn vị không đề nghị khen thưởng trong đợt này')]"));
      browser.click(complete);
      browser.sees("Không có công việc nào khớp bộ lọc.");
    }
    assertThat(taskService.createTaskQuery().processInstanceId(round.getId()).taskDefinitionKey("appraise").count())
        .as("nothing to appraise for a unit that nominated nobody").isZero();
  }

  /**
   * Two people nominated from the picker, counted from the unit's filter to the completion: the
   * people are read by name and position, the on-hold person is listed with the reason and not offered.
   */
  @Test
  void twoPeopleAreNominatedInAtMostEightClicks() {
    round = runtimeService.startProcessInstanceByKey("commendation-round", Map.of("year", 2025, "commendationType", "CONG_TRANG"));
    Jobs.runDue(managementService);
    int clicks = 0;

    try (Browser browser = new Browser(port)) {
      browser.login("tasklist", "truongphong.qhkt");
      browser.click(browser.text("a", "Việc của đơn vị tôi"));
      clicks++;
      browser.click(browser.text("a", "Bình xét khen thưởng 2025"));
      clicks++;
      browser.visible(By.cssSelector(".fjs-form"));
      browser.click(By.cssSelector("button.claim"));
      clicks++;
      browser.sees("Phan Quang Nam — Chuyên viên");
      String page = browser.pageText();
      assertThat(page).as("no login on the form").doesNotContain("nam.pq.qhkt").doesNotContain("thuy.lt.qhkt");
      browser.click(award("Phan Quang Nam — Chuyên viên", "Lao động tiên tiến"));
      clicks++;
      browser.click(award("Giàng A Chư — Chuyên viên, Bí thư Đoàn cơ sở", "Lao động tiên tiến"));
      clicks++;
      browser.screenshot("nomination-picker");
      browser.click(By.cssSelector("button[ng-click='complete()']"));
      clicks++;
      browser.sees("Không có công việc nào khớp bộ lọc.");
    }

    assertThat(clicks).as("clicks from the filter to the completion").isLessThanOrEqualTo(8);
    assertThat(jdbc.queryForList("SELECT subject_id || ':' || award_code FROM nomination WHERE unit_code = 'QHKT'", String.class))
        .containsExactlyInAnyOrder("nam.pq.qhkt:LDTT", "bithudoan:LDTT");
  }

  /** The check box of an award in the picker's line of the person or unit shown as {@code name}. */
  private static By award(String name, String award) {
    return By.xpath("//*[contains(@class,'fjs-select-display')][normalize-space(.)=\"" + name + "\"]"
        + "/following::label[normalize-space(.)=\"" + award + "\"][1]");
  }
}
