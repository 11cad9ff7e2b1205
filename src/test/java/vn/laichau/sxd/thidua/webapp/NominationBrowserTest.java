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
 * "This unit nominates nobody" is an explicit choice in Tasklist: completing the nomination form
 * with an empty list is refused with the reason, ticking the check box sends it on.
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
      browser.sees("Hãy thêm người, tập thể được đề nghị, hoặc đánh dấu «Đơn vị không đề nghị khen thưởng trong đợt này».");
      browser.screenshot("nomination-empty-refused");

      browser.click(By.xpath("//label[contains(normalize-space(.), 'Đơn vị không đề nghị khen thưởng trong đợt này')]"));
      browser.click(complete);
      browser.sees("Không có công việc nào khớp bộ lọc.");
    }
    assertThat(taskService.createTaskQuery().processInstanceId(round.getId()).taskDefinitionKey("appraise").count())
        .as("nothing to appraise for a unit that nominated nobody").isZero();
  }
}
