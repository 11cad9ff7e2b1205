package vn.laichau.sxd.thidua.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.laichau.sxd.thidua.Http;
import vn.laichau.sxd.thidua.ThiduaTest;
import vn.laichau.sxd.thidua.nomination.RoundTestSupport;

/**
 * A unit's dossier files: the unit head uploads while nominating, the content decides the type,
 * others' units and people without a role are refused, the secretariat reads them at the appraisal,
 * and nothing changes once the unit has sent its proposal.
 */
@ThiduaTest
class DossierApiTest {

  private static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

  @Autowired RoundTestSupport support;
  @Autowired TaskService taskService;
  @Autowired JdbcTemplate jdbc;
  @LocalServerPort int port;
  private Http http;
  private ProcessInstance round;

  @BeforeEach
  void openRound() {
    support.cleanUp();
    http = new Http(port);
    round = support.openRound();
  }

  @AfterEach
  void cleanUp() {
    jdbc.update("DELETE FROM dossier_file");
    support.cleanUp();
  }

  private String path() {
    return "/api/dossiers/" + round.getBusinessKey() + "/QHKT";
  }

  private Http.Response upload(String user, String documentCode, String fileName, byte[] content) {
    return http.multipart(path(), user, Map.of("documentCode", documentCode), fileName, content);
  }

  private static byte[] wordDocument() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
    }
    return out.toByteArray();
  }

  @Test
  void theUnitHeadUploadsWhileNominatingAndTheSecretariatReadsAtTheAppraisal() throws IOException {
    Http.Response pdf = upload("truongphong.qhkt", "BAO_CAO_THANH_TICH", "C:\\Tài liệu\\Báo cáo thành tích.PDF", PDF);
    assertThat(pdf.status()).as(pdf.body()).isEqualTo(200);
    assertThat(pdf.json().path("fileName").asText()).isEqualTo("Báo cáo thành tích.pdf");
    Http.Response word = upload("truongphong.qhkt", "BIEN_BAN", "bien-ban.docx", wordDocument());
    assertThat(word.json().path("mediaType").asText()).isEqualTo(FileType.DOCX.mediaType());

    Http.Response dossier = http.get(path(), "truongphong.qhkt");
    assertThat(dossier.json().path("open").asBoolean()).isTrue();
    assertThat(dossier.json().path("kinds").toString()).contains("Báo cáo thành tích", "Tờ trình đề nghị khen thưởng");
    assertThat(dossier.json().path("files")).hasSize(2);

    long id = pdf.json().path("id").asLong();
    Http.Response download = http.get("/api/dossiers/files/" + id, "thuky");
    assertThat(download.status()).isEqualTo(200);
    assertThat(download.headers().firstValue("Content-Type")).get().asString().startsWith("application/pdf");
    assertThat(download.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(download.body()).startsWith("%PDF-1.4");

    support.nominate(round, "QHKT", "[{\"subjectId\":\"bithudoan\",\"awardCodes\":[\"LDTT\"]}]");
    Task appraise = support.task(round, "appraise", "QHKT");
    assertThat(String.valueOf(taskService.getVariable(appraise.getId(), "dossierList")))
        .contains("- Báo cáo thành tích: [Báo cáo thành tích.pdf](/api/dossiers/files/" + id + ")")
        .contains("- Tờ trình đề nghị khen thưởng: *chưa có tệp*");
    Http.Response late = upload("truongphong.qhkt", "TO_TRINH", "to-trinh.pdf", PDF);
    assertThat(late.status()).isEqualTo(400);
    assertThat(late.json().path("message").asText()).startsWith("Đơn vị đã gửi đề nghị");
    assertThat(http.delete("/api/dossiers/files/" + id, "truongphong.qhkt").status()).isEqualTo(400);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM dossier_file", Integer.class)).isEqualTo(2);
  }

  @Test
  void theTypeIsTheContentsAndOnlyTheUnitsHeadWrites() {
    Http.Response disguised = upload("truongphong.qhkt", "BAO_CAO_THANH_TICH", "bao-cao.pdf", "MZ\u0090\u0000 chương trình".getBytes(StandardCharsets.UTF_8));
    assertThat(disguised.status()).isEqualTo(400);
    assertThat(disguised.json().path("message").asText()).startsWith("Chỉ nhận tệp PDF, Word (.docx), Excel (.xlsx) hoặc ảnh PNG, JPEG");
    assertThat(upload("truongphong.qhkt", "HO_CHIEU", "x.pdf", PDF).json().path("message").asText())
        .isEqualTo("Hãy chọn loại giấy tờ trong thành phần hồ sơ của đợt bình xét.");
    byte[] tooLarge = new byte[11 * 1024 * 1024];
    System.arraycopy(PDF, 0, tooLarge, 0, PDF.length);
    assertThat(upload("truongphong.qhkt", "BAO_CAO_THANH_TICH", "lon.pdf", tooLarge).json().path("message").asText())
        .isEqualTo("Tệp phải có nội dung và không quá 10 MB.");
    assertThat(upload("truongphong.khtc", "BAO_CAO_THANH_TICH", "x.pdf", PDF).status()).as("another unit's head").isEqualTo(403);
    assertThat(http.get(path(), "nam.pq.qhkt").status()).as("a member of the unit without a role").isEqualTo(403);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM dossier_file", Integer.class)).isZero();
  }
}
