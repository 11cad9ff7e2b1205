package vn.laichau.sxd.thidua.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
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
  @LocalServerPort int port;

  @Test
  void theDirectorWatchesProcessesInVietnamese() {
    EnglishLabels english = new EnglishLabels("cockpit");
    String round = repositoryService.createProcessDefinitionQuery().processDefinitionKey("commendation-round").latestVersion()
        .singleResult().getId();
    try (Browser browser = new Browser(port)) {
      browser.login("cockpit", "giamdoc");
      browser.sees("Hồ sơ quy trình đang chạy");
      browser.screenshot("cockpit-dashboard");
      assertThat(english.on(browser.pageText())).as("English on the Cockpit dashboard").isEmpty();

      browser.open(COCKPIT + "/processes");
      browser.sees("Đợt bình xét khen thưởng");
      browser.screenshot("cockpit-processes");
      assertThat(english.on(browser.pageText())).as("English on the process list").isEmpty();

      browser.open(COCKPIT + "/process-definition/" + round + "/runtime");
      browser.sees("Mã định nghĩa");
      browser.screenshot("cockpit-process-definition");
      assertThat(english.on(browser.pageText())).as("English on a process definition").isEmpty();

      browser.open(COCKPIT + "/decisions");
      browser.sees("Bảng quyết định");
      assertThat(english.on(browser.pageText())).as("English on the decisions").isEmpty();

      browser.open(COCKPIT + "/tasks");
      browser.sees("Phân công theo loại");
      browser.screenshot("cockpit-tasks");
      assertThat(english.on(browser.pageText())).as("English on the human tasks").isEmpty();
    }
  }

  @Test
  void aBrowserThatAsksForEnglishFirstGetsEnglish() {
    try (Browser browser = new Browser(port, "en")) {
      browser.login("cockpit", "giamdoc");
      browser.sees("Running Process Instances");
    }
  }
}
