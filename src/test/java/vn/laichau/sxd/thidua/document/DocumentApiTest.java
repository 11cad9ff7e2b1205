package vn.laichau.sxd.thidua.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.laichau.sxd.thidua.Http;
import vn.laichau.sxd.thidua.ThiduaTest;

/** The documents API for any client: who reads the templates, who may replace one, and the refusals in Vietnamese. */
@ThiduaTest
class DocumentApiTest {

  private static final String TEMPLATES = "/api/documents/templates";

  @Autowired JdbcTemplate jdbc;
  @LocalServerPort int port;

  @AfterEach
  void cleanUp() {
    jdbc.update("DELETE FROM document_template WHERE kind = 'TO_TRINH'");
  }

  @Test
  void onlyTheSecretariatReadsAndReplacesTemplates() {
    Http http = new Http(port);
    assertThat(http.get(TEMPLATES, "truongphong.qhkt").status()).isEqualTo(403);
    Http.Response kinds = http.get(TEMPLATES, "thuky");
    assertThat(kinds.status()).isEqualTo(200);
    assertThat(kinds.json().findValuesAsText("name")).hasSize(7).contains("Quyết định khen thưởng", "Giấy khen của Giám đốc Sở");
    byte[] shipped = http.bytes(TEMPLATES + "/TO_TRINH/0.docx", "thuky");
    assertThat(new String(shipped, 0, 2, java.nio.charset.StandardCharsets.ISO_8859_1)).as("a Word (zip) file").isEqualTo("PK");

    Map<String, String> from = Map.of("validFrom", "01/01/2027");
    assertThat(http.multipart(TEMPLATES + "/TO_TRINH", "truongphong.qhkt", from, "mau.docx", shipped).status()).isEqualTo(403);
    assertThat(http.multipart(TEMPLATES + "/TO_TRINH", "giamdoc", from, "mau.docx", shipped).status())
        .as("managers and the Director write nothing").isEqualTo(403);
    Http.Response badDate = http.multipart(TEMPLATES + "/TO_TRINH", "thuky", Map.of("validFrom", "31/02/2027"), "mau.docx", shipped);
    assertThat(badDate.status()).isEqualTo(400);
    assertThat(badDate.body()).contains("Ngày áp dụng phải có dạng dd/mm/yyyy");
    Http.Response notWord = http.multipart(TEMPLATES + "/TO_TRINH", "thuky", from, "mau.docx", "xin chào".getBytes());
    assertThat(notWord.status()).isEqualTo(400);
    assertThat(notWord.body()).contains("Tệp không phải văn bản Word");
    assertThat(http.multipart(TEMPLATES + "/KHONG_CO", "thuky", from, "mau.docx", shipped).body()).contains("Không có loại văn bản này.");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM document_template", Integer.class)).as("nothing stored").isZero();

    Http.Response stored = http.multipart(TEMPLATES + "/TO_TRINH", "thuky", from, "to-trinh.docx", shipped);
    assertThat(stored.status()).isEqualTo(200);
    assertThat(stored.json().path("version").asInt()).isEqualTo(1);
    assertThat(http.bytes(TEMPLATES + "/TO_TRINH/1.docx", "thuky")).isEqualTo(shipped);
    assertThat(http.get(TEMPLATES, "thuky").json().findValuesAsText("uploadedBy")).as("by name, not login").contains("Hà Thị Thanh Tâm")
        .doesNotContain("thuky");
  }

  @Test
  void aListNeedsItsDossierAndAnUnknownDocumentIsNotServed() {
    Http http = new Http(port);
    Http.Response without = http.get("/api/documents", "giamdoc");
    assertThat(without.status()).isEqualTo(400);
    assertThat(without.body()).contains("Hãy cho biết mã hồ sơ");
    assertThat(http.get("/api/documents/987654.pdf", "giamdoc").status()).isEqualTo(403);
    assertThat(http.get("/api/documents/987654.exe", "giamdoc").status()).isIn(400, 404);
  }
}
