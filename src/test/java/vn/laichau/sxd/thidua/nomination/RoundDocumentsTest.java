package vn.laichau.sxd.thidua.nomination;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.laichau.sxd.thidua.document.DocumentChecks.assertPagesAndFonts;
import static vn.laichau.sxd.thidua.document.DocumentChecks.assertStateFormatDocx;
import static vn.laichau.sxd.thidua.document.DocumentChecks.docxText;
import static vn.laichau.sxd.thidua.document.DocumentChecks.pages;
import static vn.laichau.sxd.thidua.document.DocumentChecks.pdfText;
import static vn.laichau.sxd.thidua.document.DocumentChecks.rowsUnder;
import static vn.laichau.sxd.thidua.document.DocumentChecks.words;
import static vn.laichau.sxd.thidua.nomination.RoundTestSupport.today;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.laichau.sxd.thidua.Http;
import vn.laichau.sxd.thidua.Jobs;
import vn.laichau.sxd.thidua.ThiduaTest;

/**
 * The documents of real rounds on the demo data, read back with POI and PDFBox: the disclosure
 * notice, the minutes and the ballot-counting record, the draft and the signed decision, and the
 * Giấy khen of an ad hoc round; each in the state format, with the right names, numbers, dates and
 * amounts, and the minutes without any voter–vote link.
 */
@ThiduaTest
class RoundDocumentsTest {

  @Autowired RoundTestSupport support;
  @Autowired ManagementService managementService;
  @Autowired IdentityService identityService;
  @Autowired JdbcTemplate jdbc;
  @LocalServerPort int port;

  @BeforeEach
  void setUp() {
    support.cleanUp();
  }

  @AfterEach
  void cleanUp() {
    support.cleanUp();
  }

  @Test
  void anAnnualRoundIssuesTheNoticeTheMinutesAndTheDecisionInTheStateFormat() {
    today(LocalDate.of(2026, 1, 5));
    ProcessInstance round = support.openRound();
    String key = round.getBusinessKey();
    support.nominate(round, "QHKT", "[{\"subjectId\":\"truongphong.qhkt\",\"awardCodes\":[\"CSTDCS\"],\"achievementSummary\":\"Số hóa hồ sơ quy hoạch\"},"
        + "{\"subjectId\":\"bithudoan\",\"awardCodes\":[\"LDTT\"]}]");
    support.nominateNothingElseAndAcceptAll(round);
    support.councilVotes(round, 9);
    today(LocalDate.of(2026, 1, 20));
    support.runDueJobs();
    String decision = support.decide(round, "20/01/2026");
    Jobs.runDueWithDocuments(managementService);

    Http http = new Http(port);
    Http.Response list = http.get("/api/documents?businessKey=" + key, "giamdoc");
    assertThat(list.status()).isEqualTo(200);
    Map<String, Long> ids = new java.util.HashMap<>();
    list.json().forEach(doc -> {
      assertThat(doc.path("ready").asBoolean()).as("%s generated", doc.path("title").asText()).isTrue();
      ids.put((doc.path("draft").asBoolean() ? "DRAFT_" : "") + doc.path("kind").asText(), doc.path("id").asLong());
    });
    assertThat(ids).containsOnlyKeys("THONG_BAO_CONG_KHAI", "BIEN_BAN_HOP_HOI_DONG", "BIEN_BAN_KIEM_PHIEU", "DRAFT_QUYET_DINH_KHEN_THUONG",
        "QUYET_DINH_KHEN_THUONG");
    String head = jdbc.queryForObject("SELECT subject_name FROM nomination WHERE subject_id = 'truongphong.qhkt'", String.class);

    String notice = checked(http, ids.get("THONG_BAO_CONG_KHAI"));
    assertThat(notice).contains("/TB-SXD", "Lai Châu, ngày 05 tháng 01 năm 2026", "THÔNG BÁO", head, "Giàng A Chư",
        "Chiến sĩ thi đua cơ sở", "Lao động tiên tiến", "05/01/2026", "ngày làm việc");

    String minutes = checked(http, ids.get("BIEN_BAN_HOP_HOI_DONG"));
    assertThat(minutes).contains("/BB-HĐTĐKT", "BIÊN BẢN", "Bỏ phiếu kín", "Biểu quyết công khai", "Thông qua", "9/");
    String counting = checked(http, ids.get("BIEN_BAN_KIEM_PHIEU"));
    assertThat(counting).contains("/BBKP-HĐTĐKT", "BIÊN BẢN KIỂM PHIẾU", head).doesNotContain("Giàng A Chư");
    List<String> voterNames = identityService.createUserQuery().memberOfGroup("council").list().stream()
        .map(RoundDocumentsTest::name).toList();
    byte[] minutesDocx = http.bytes("/api/documents/" + ids.get("BIEN_BAN_HOP_HOI_DONG") + ".docx", "giamdoc");
    // Each item's row: who was voted on, then counts only; no member's name stands beside a choice.
    assertThat(rowsUnder(minutesDocx, "Đồng ý")).as("the result of each item").hasSize(2)
        .allSatisfy(row -> assertThat(voterNames).noneMatch(row.substring(row.indexOf(" | ", row.indexOf(" | ") + 3))::contains));

    String draft = checked(http, ids.get("DRAFT_QUYET_DINH_KHEN_THUONG"));
    assertThat(draft).contains("Số: /QĐ-SXD", "QUYẾT ĐỊNH").doesNotContain("Tòng Văn Quyết");
    String signed = checked(http, ids.get("QUYET_DINH_KHEN_THUONG"));
    assertThat(decision).matches("\\d{2,}/QĐ-SXD");
    assertThat(signed).contains("Số: " + decision, "Lai Châu, ngày 20 tháng 01 năm 2026",
        "Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15", "Nghị định số 152/2025/NĐ-CP",
        "Kèm theo Quyết định số " + decision + " ngày 20/01/2026",
        head, "Giàng A Chư", "2.340.000", "710.000", "3.050.000", "Nơi nhận:", "GIÁM ĐỐC", "Tòng Văn Quyết")
        .doesNotContain("KT. GIÁM ĐỐC");

    assertThat(http.get("/api/documents?businessKey=" + key, "truongphong.ptdt").json()).as("another unit's head").isEmpty();
    assertThat(http.get("/api/documents/" + ids.get("QUYET_DINH_KHEN_THUONG") + ".pdf", "truongphong.ptdt").status()).isEqualTo(403);
  }

  @Test
  void theGiayKhenOfAnAdHocDecisionPrintOnePagePerAwardOnTheBlank() {
    today(LocalDate.of(2026, 11, 23));
    ProcessInstance round = support.openAdHocRound("ptdt");
    support.nominate(round, "PTDT", "[{\"subjectId\":\"toan.hd.ptdt\",\"awardCodes\":[\"GIAY_KHEN_GD_SO\"],"
        + "\"achievementSummary\":\"Cứu hộ người dân trong lũ quét tại Phong Thổ, tháng 11/2026\"}]");
    support.accept(support.task(round, "appraise", "PTDT"));
    String decision = support.decide(round, "24/11/2026", "phogiamdoc");
    Jobs.runDueWithDocuments(managementService);

    Http http = new Http(port);
    Http.Response forUnit = http.get("/api/documents?businessKey=" + round.getBusinessKey(), "truongphong.ptdt");
    assertThat(forUnit.json().findValuesAsText("kind")).as("the unit's head reads the documents about the unit")
        .containsExactlyInAnyOrder("QUYET_DINH_KHEN_THUONG", "QUYET_DINH_KHEN_THUONG", "GIAY_KHEN");
    assertThat(http.get("/api/documents?businessKey=" + round.getBusinessKey(), "truongphong.qln").json()).isEmpty();
    long id = http.get("/api/documents?businessKey=" + round.getBusinessKey(), "thuky").json().findValues("id").stream()
        .filter(node -> jdbc.queryForObject("SELECT kind FROM document WHERE id = ?", String.class, node.asLong()).equals("GIAY_KHEN"))
        .findFirst().orElseThrow().asLong();
    byte[] pdf = http.bytes("/api/documents/" + id + ".pdf", "thuky");
    keep(id, pdf, null);
    assertPagesAndFonts(pdf, 297, 210);
    assertThat(pages(pdf)).as("one page per award").isEqualTo(1);
    assertThat(pdfText(pdf)).contains("Hoàng Đức Toàn", "Chuyên viên, Phòng", "Cứu hộ người dân trong lũ quét tại Phong Thổ",
        "Quyết định số " + decision + " ngày 24/11/2026", "Lai Châu, ngày 24 tháng 11 năm 2026",
        "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Lê Thị Hồng Nhung");
  }

  /** Both files of the document, in the state format, with the same text; the PDF's text is returned. */
  private static String checked(Http http, long id) {
    byte[] pdf = http.bytes("/api/documents/" + id + ".pdf", "giamdoc");
    byte[] docx = http.bytes("/api/documents/" + id + ".docx", "giamdoc");
    keep(id, pdf, docx);
    assertPagesAndFonts(pdf, 210, 297);
    assertStateFormatDocx(docx);
    String text = pdfText(pdf);
    String pdfWords = words(text).replaceAll("(?m)^\\d+$", "");
    for (String paragraph : docxText(docx).split("\\n")) {
      assertThat(pdfWords).as("the PDF holds the Word text").contains(words(paragraph));
    }
    return text.replaceAll("\\s+", " ");
  }

  /** Kept under target/documents/ to be looked at (rendered with pdftoppm). */
  private static void keep(long id, byte[] pdf, byte[] docx) {
    try {
      java.nio.file.Path folder = java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "documents"));
      java.nio.file.Files.write(folder.resolve(id + ".pdf"), pdf);
      if (docx != null) {
        java.nio.file.Files.write(folder.resolve(id + ".docx"), docx);
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String name(User user) {
    return java.util.stream.Stream.of(user.getFirstName(), user.getLastName()).collect(Collectors.joining(" "));
  }
}
