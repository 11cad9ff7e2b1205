package vn.laichau.sxd.thidua.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.laichau.sxd.thidua.ThiduaTest;
import vn.laichau.sxd.thidua.nomination.RoundTestSupport;

/** From the nomination form the unit head opens the dossier page and uploads a file; the appraisal lists it with its link. */
@ThiduaTest
class DossierBrowserTest {

  @Autowired RoundTestSupport support;
  @Autowired JdbcTemplate jdbc;
  @LocalServerPort int port;

  @AfterEach
  void cleanUp() {
    jdbc.update("DELETE FROM dossier_file");
    support.cleanUp();
  }

  @Test
  void theUnitHeadUploadsFromTheNominationFormAndTheSecretariatSeesTheFile() throws IOException {
    support.cleanUp();
    ProcessInstance round = support.openRound();
    Path file = Files.createDirectories(Path.of("target", "e2e", "files")).resolve("bao-cao-thanh-tich.pdf");
    Files.writeString(file, "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n", StandardCharsets.US_ASCII);

    try (Browser browser = new Browser(port)) {
      browser.login("tasklist", "truongphong.qhkt");
      browser.click(browser.text("a", "Việc của đơn vị tôi"));
      browser.click(browser.text("a", "Bình xét khen thưởng 2025"));
      browser.click(By.cssSelector("button.claim"));
      browser.sees("mở trang tải hồ sơ lên");
      browser.click(browser.text("a", "mở trang tải hồ sơ lên"));
      browser.sees("Tải tệp lên");
      new Select(browser.visible(By.cssSelector("select[name=documentCode]"))).selectByVisibleText("Báo cáo thành tích");
      browser.driver.findElement(By.cssSelector("input[name=file]")).sendKeys(file.toAbsolutePath().toString());
      browser.click(By.id("send"));
      browser.sees("Đã tải lên «bao-cao-thanh-tich.pdf».");
      assertThat(browser.visible(By.id("files")).getText()).contains("Báo cáo thành tích", "bao-cao-thanh-tich.pdf", "Nguyễn Thị Thu Hà")
          .doesNotContain("truongphong.qhkt");
      browser.screenshot("dossier-uploaded");
      assertThat(Accessibility.violations(browser, "critical")).as("critical accessibility violations on the dossier page").isEmpty();
    }
    support.nominate(round, "QHKT", "[{\"subjectId\":\"bithudoan\",\"awardCodes\":[\"LDTT\"]}]");

    try (Browser browser = new Browser(port)) {
      browser.login("tasklist", "thuky");
      browser.click(browser.text("a", "Hồ sơ chờ thẩm định"));
      browser.click(browser.text("a", "Thẩm định đề nghị khen thưởng 2025 — Phòng Quy hoạch – Kiến trúc"));
      browser.sees("Báo cáo thành tích: bao-cao-thanh-tich.pdf");
      assertThat(browser.visible(By.xpath("//a[normalize-space(.)='bao-cao-thanh-tich.pdf']")).getAttribute("href"))
          .contains("/api/dossiers/files/");
      browser.screenshot("appraisal-dossier");
    }
  }
}
