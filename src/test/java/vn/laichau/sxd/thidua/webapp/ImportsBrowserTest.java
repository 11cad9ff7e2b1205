package vn.laichau.sxd.thidua.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.laichau.sxd.thidua.ThiduaTest;

/**
 * The secretariat imports the year's ratings from a page: a file with a wrong row is refused with
 * the row and the reason and nothing is stored; a spreadsheet is previewed, then imported. A write
 * with the session but without its token is refused.
 */
@ThiduaTest
class ImportsBrowserTest {

  private static final int YEAR = 2031;

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;

  @AfterEach
  void cleanUp() {
    jdbc.update("DELETE FROM person_evaluation WHERE eval_year = ?", YEAR);
  }

  private int stored() {
    return jdbc.queryForObject("SELECT COUNT(*) FROM person_evaluation WHERE eval_year = ?", Integer.class, YEAR);
  }

  @Test
  void theSecretariatPreviewsThenImportsTheRatingsFromASpreadsheet() throws IOException {
    Path dir = Files.createDirectories(Path.of("target", "e2e", "files"));
    Path wrong = dir.resolve("danh-gia-sai.csv");
    Files.writeString(wrong, "Tên đăng nhập,Xếp loại,Số tháng công tác,Số ngày nghỉ,Kỷ luật,Đang bị xem xét,Đăng ký thi đua,Phạm vi sáng kiến,"
        + "Đề tài khoa học được nghiệm thu\nan.nv.vp,XUAT_SAC,12,0,NONE,không,có,NONE,không\n", StandardCharsets.UTF_8);
    Path sheet = dir.resolve("danh-gia.xlsx");
    Files.write(sheet, spreadsheet(List.of(
        List.of("Tên đăng nhập", "Xếp loại", "Số tháng công tác", "Số ngày nghỉ", "Kỷ luật", "Đang bị xem xét", "Đăng ký thi đua",
            "Phạm vi sáng kiến", "Đề tài khoa học được nghiệm thu"),
        List.of("an.nv.vp", "HTXSNV", "12", "0", "không", "không", "có", "cấp cơ sở", "không"),
        List.of("bithudoan", "HTTNV", "12", "2", "NONE", "không", "có", "NONE", "không"))));

    try (Browser browser = new Browser(port)) {
      browser.login("welcome", "thuky");
      browser.click(browser.text("a", "Nhập dữ liệu"));
      browser.sees("Kết quả đánh giá, xếp loại cá nhân");
      By people = By.cssSelector("section[data-kind=people]");
      browser.visible(people).findElement(By.cssSelector("input[name=year]")).clear();
      browser.driver.findElement(people).findElement(By.cssSelector("input[name=year]")).sendKeys(String.valueOf(YEAR));

      browser.driver.findElement(people).findElement(By.cssSelector("input[type=file]")).sendKeys(wrong.toAbsolutePath().toString());
      browser.driver.findElement(people).findElement(By.cssSelector("button.preview")).click();
      browser.sees("Dòng 2: «Xếp loại» không nhận giá trị 'XUAT_SAC'");
      browser.screenshot("imports-refused");
      assertThat(stored()).isZero();

      browser.driver.findElement(people).findElement(By.cssSelector("input[type=file]")).sendKeys(sheet.toAbsolutePath().toString());
      browser.driver.findElement(people).findElement(By.cssSelector("button.preview")).click();
      browser.sees("Tệp hợp lệ: đánh giá năm " + YEAR + " của 2 người.");
      browser.sees("cấp cơ sở");
      assertThat(stored()).as("a preview stores nothing").isZero();
      browser.screenshot("imports-preview");
      assertThat(Accessibility.violations(browser, "critical")).as("critical accessibility violations on the imports page").isEmpty();

      browser.driver.findElement(people).findElement(By.cssSelector("button.confirm")).click();
      browser.sees("Đã nhập đánh giá năm " + YEAR + " của 2 người.");
      assertThat(stored()).isEqualTo(2);

      Object status = browser.driver.executeAsyncScript("""
          const done = arguments[arguments.length - 1];
          const body = new FormData();
          body.append('file', new Blob(['x'], {type: 'text/csv'}), 'x.csv');
          fetch('/api/evaluations/2031/people', {method: 'POST', body, credentials: 'same-origin'}).then(r => done(r.status));
          """);
      assertThat(status).as("the session without its token writes nothing").isEqualTo(401L);
      assertThat(stored()).isEqualTo(2);
    }
  }

  @Test
  void aUnitHeadIsToldTheImportsAreTheSecretariats() throws IOException {
    Path file = Files.createDirectories(Path.of("target", "e2e", "files")).resolve("mot-dong.csv");
    Files.writeString(file, "username,rating,monthsWorked,absenceDays,discipline,underInvestigation,registered,initiativeScope,"
        + "acceptedScienceWork\nan.nv.vp,HTTNV,12,0,NONE,false,true,NONE,false\n", StandardCharsets.UTF_8);
    try (Browser browser = new Browser(port)) {
      browser.login("welcome", "truongphong.qhkt");
      browser.click(browser.text("a", "Nhập dữ liệu"));
      By people = By.cssSelector("section[data-kind=people]");
      browser.visible(people).findElement(By.cssSelector("input[type=file]")).sendKeys(file.toAbsolutePath().toString());
      browser.driver.findElement(people).findElement(By.cssSelector("button.preview")).click();
      browser.sees("Chỉ Văn phòng Sở và quản trị viên được nhập dữ liệu.");
    }
    assertThat(stored()).isZero();
  }

  private static byte[] spreadsheet(List<List<String>> rows) throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet("Đánh giá");
      for (int r = 0; r < rows.size(); r++) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < rows.get(r).size(); c++) {
          String value = rows.get(r).get(c);
          if (value.matches("\\d+")) {
            row.createCell(c).setCellValue(Integer.parseInt(value));
          } else {
            row.createCell(c).setCellValue(value);
          }
        }
      }
      workbook.write(out);
      return out.toByteArray();
    }
  }
}
