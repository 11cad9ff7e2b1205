package vn.laichau.sxd.thidua.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import vn.laichau.sxd.thidua.nomination.RoundTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.laichau.sxd.thidua.ThiduaTest;

/**
 * The Director watches the processes in a Vietnamese Cockpit; a browser that asks for English first
 * still gets the English Cockpit.
 */
@ThiduaTest
class CockpitBrowserTest {

  private static final String COCKPIT = "/camunda/app/cockpit/default/#";

  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired RoundTestSupport support;
  @LocalServerPort int port;

  @Test
  void theDirectorWatchesProcessesInVietnamese() {
    EnglishLabels english = new EnglishLabels("cockpit");
    String round = repositoryService.createProcessDefinitionQuery().processDefinitionKey("commendation-round").latestVersion()
        .singleResult().getId();
    try (Browser browser = new Browser(port)) {
      browser.login("cockpit", "giamdoc");
      browser.sees("Hồ sơ quy trình đang chạy");
      checked(browser, english, "cockpit-dashboard", "the Cockpit dashboard");

      browser.open(COCKPIT + "/processes");
      browser.sees("Đợt bình xét khen thưởng");
      checked(browser, english, "cockpit-processes", "the process list");

      browser.open(COCKPIT + "/process-definition/" + round + "/runtime");
      browser.sees("Mã định nghĩa");
      checked(browser, english, "cockpit-process-definition", "a process definition");

      browser.open(COCKPIT + "/decisions");
      browser.sees("Bảng quyết định");
      checked(browser, english, "cockpit-decisions", "the decisions");

      browser.open(COCKPIT + "/tasks");
      browser.sees("Phân công theo loại");
      checked(browser, english, "cockpit-tasks", "the human tasks");
    }
  }

  /** A Director reads a running instance: no button that would change it, no English column, dates as dd/MM/yyyy. */
  @Test
  void theDirectorReadsAnInstanceWithoutButtonsToChangeIt() {
    support.cleanUp();
    ProcessInstance round = support.openRound();
    runtimeService.setVariable(round.getId(), "aDateWrittenAsText", "2026-12-16T10:00:00");
    try (Browser browser = new Browser(port)) {
      browser.login("cockpit", "giamdoc");
      browser.sees("Hồ sơ quy trình đang chạy");
      browser.open(COCKPIT + "/process-instance/" + round.getId() + "/runtime?searchQuery=%5B%7B%22type%22:%22variableName%22,"
          + "%22operator%22:%22eq%22,%22value%22:%22aDateWrittenAsText%22%7D%5D");
      browser.sees("16/12/2026 10:00");
      assertThat(browser.driver.findElements(By.cssSelector(".ctn-toolbar a, td.actions button")))
          .as("buttons that change the instance").noneMatch(WebElement::isDisplayed);
      assertThat(browser.pageText()).doesNotContain("Actions").doesNotContain("2026-12-16T10:00:00");
      checked(browser, new EnglishLabels("cockpit"), "cockpit-instance-director", "a process instance");

      browser.click(browser.text("a", "Nhật ký hồ sơ"));
      browser.sees("mục ghi gần nhất");
      browser.sees("Xét điều kiện");
      browser.visible(By.linkText("Xem toàn bộ nhật ký hồ sơ"));
      checked(browser, new EnglishLabels("cockpit"), "cockpit-instance-diary", "the dossier's diary tab");
    } finally {
      support.cleanUp();
    }
  }

  /** Saves a screenshot of the screen and fails on any English label on it. */
  private static void checked(Browser browser, EnglishLabels english, String screenshot, String screen) {
    browser.screenshot(screenshot);
    assertThat(english.on(browser.pageText())).as("English on " + screen).isEmpty();
  }

  @Test
  void aBrowserThatAsksForEnglishFirstGetsEnglish() {
    try (Browser browser = new Browser(port, "en")) {
      browser.login("cockpit", "giamdoc");
      browser.sees("Running Process Instances");
    }
  }
}
