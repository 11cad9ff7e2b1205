package vn.laichau.sxd.thidua.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.laichau.sxd.thidua.ThiduaTest;
import vn.laichau.sxd.thidua.engine.InvalidInputException;

/**
 * document-generation: the happy path (the files are made once, however often the job runs), the
 * failure path (retries, then an incident in Vietnamese, nothing lost), and the templates (a broken
 * one refused with the field named, a new version applied from its date).
 */
@ThiduaTest
class DocumentGenerationProcessTest {

  private static final String DOSSIER = "TEST-DOCUMENTS";

  @Autowired DocumentService documents;
  @Autowired DocumentTemplates templates;
  @Autowired DocumentGeneration generation;
  @Autowired CertificateSheet certificates;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;
  @Autowired JdbcTemplate jdbc;

  @BeforeEach
  @AfterEach
  void cleanUp() {
    List<String> ids = runtimeService.createProcessInstanceQuery().processDefinitionKey("document-generation").list().stream()
        .map(p -> p.getId()).toList();
    if (!ids.isEmpty()) {
      runtimeService.deleteProcessInstances(ids, "test clean-up", true, true);
    }
    jdbc.update("DELETE FROM document_unit WHERE document_id IN (SELECT id FROM document WHERE business_key = ?)", DOSSIER);
    jdbc.update("DELETE FROM document WHERE business_key = ?", DOSSIER);
    jdbc.update("DELETE FROM document_template WHERE kind = 'THONG_BAO_CONG_KHAI'");
  }

  private static DocumentRequest notice(String subject) {
    return DocumentRequest.of(DocumentKind.THONG_BAO_CONG_KHAI, DOSSIER, subject, "Thông báo thử")
        .field("ve_viec", "Về việc công khai thử")
        .field("so_ngay", 5)
        .field("tu_ngay", "02/12/2026")
        .field("den_ngay", "09/12/2026")
        .rows("danh_sach", List.of(Map.of("ho_ten", "Phan Quang Nam", "chuc_vu", "Chuyên viên", "don_vi", "Phòng Quy hoạch – Kiến trúc",
            "hinh_thuc", "Lao động tiên tiến")));
  }

  private Job jobOf(long documentId) {
    String instance = runtimeService.createProcessInstanceQuery().processDefinitionKey("document-generation")
        .variableValueEquals("documentId", documentId).singleResult().getId();
    return managementService.createJobQuery().processInstanceId(instance).singleResult();
  }

  @Test
  void theJobMakesBothFilesOnceAndIssuingAgainGivesTheSameDocument() {
    IssuedDocument issued = documents.issue(notice("once"));
    assertThat(issued.number()).matches("\\d{2,}/TB-SXD");
    assertThat(issued.ready()).as("generated behind the asynchronous boundary").isFalse();
    Job job = jobOf(issued.id());
    assertThat(job.getRetries()).isEqualTo(3);

    managementService.executeJob(job.getId());
    Map<String, Object> stored = jdbc.queryForMap("SELECT status, generated_at, template_version FROM document WHERE id = ?", issued.id());
    assertThat(stored.get("status")).isEqualTo("READY");
    assertThat(stored.get("template_version")).as("the shipped template").isEqualTo(0);

    generation.generate(issued.id());
    assertThat(jdbc.queryForObject("SELECT generated_at FROM document WHERE id = ?", Object.class, issued.id()))
        .as("a second run changes nothing").isEqualTo(stored.get("generated_at"));
    IssuedDocument again = documents.issue(notice("once"));
    assertThat(again.id()).isEqualTo(issued.id());
    assertThat(again.number()).as("no second number").isEqualTo(issued.number());
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("document-generation").count()).isZero();
  }

  @Test
  void aFailureIsRetriedThenBecomesAnIncidentInVietnameseAndTheDocumentStays() {
    IssuedDocument issued = documents.issue(notice("broken"));
    jdbc.update("UPDATE document SET content = '{not json' WHERE id = ?", issued.id());
    Job job = jobOf(issued.id());
    for (int attempt = 0; attempt < 3; attempt++) {
      assertThatThrownBy(() -> managementService.executeJob(job.getId()))
          .hasMessageStartingWith("Không soạn được văn bản «Thông báo thử»: Dữ liệu của văn bản «Thông báo thử» bị hỏng");
    }
    Incident incident = runtimeService.createIncidentQuery().configuration(job.getId()).singleResult();
    assertThat(incident).isNotNull();
    assertThat(incident.getIncidentMessage()).startsWith("Không soạn được văn bản «Thông báo thử»");
    assertThat(jdbc.queryForObject("SELECT status FROM document WHERE id = ?", String.class, issued.id()))
        .as("the document and its number are kept for a retry from Cockpit").isEqualTo("PENDING");
    String businessKey = runtimeService.createProcessInstanceQuery().processInstanceId(incident.getProcessInstanceId()).singleResult()
        .getBusinessKey();
    assertThat(jdbc.queryForList("SELECT text FROM audit_entry WHERE business_key = ? AND action = 'INCIDENT'", String.class, businessKey))
        .as("the dossier's diary names the incident").anyMatch(text -> text.startsWith("Sự cố ở bước tự động: Không soạn được văn bản «Thông báo thử»"));
  }

  @Test
  void aTemplateThatLostARequiredFieldIsRefusedWithTheFieldNamedAndANewVersionAppliesFromItsDate() throws IOException {
    byte[] shipped = templates.content(DocumentKind.THONG_BAO_CONG_KHAI, 0);
    assertThatThrownBy(() -> templates.upload(DocumentKind.THONG_BAO_CONG_KHAI, LocalDate.of(2026, 1, 1), "mau.docx", withoutList(shipped),
        "thuky"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("Mẫu thiếu trường bắt buộc: {{danh_sach}}");
    assertThatThrownBy(() -> templates.upload(DocumentKind.THONG_BAO_CONG_KHAI, LocalDate.of(2026, 1, 1), "mau.docx",
        "không phải Word".getBytes(java.nio.charset.StandardCharsets.UTF_8), "thuky"))
        .hasMessage("Tệp không phải văn bản Word (.docx) đọc được.");
    assertThat(templates.overview().get(4).get("versions")).asList().hasSize(1);

    DocumentTemplates.Version next = templates.upload(DocumentKind.THONG_BAO_CONG_KHAI, LocalDate.of(2026, 1, 1), "mau-moi.docx", shipped,
        "thuky");
    assertThat(next.version()).isEqualTo(1);
    IssuedDocument issued = documents.issue(notice("new-template"));
    managementService.executeJob(jobOf(issued.id()).getId());
    assertThat(jdbc.queryForObject("SELECT template_version FROM document WHERE id = ?", Integer.class, issued.id())).isEqualTo(1);
  }

  @Test
  void theCalibrationSheetShowsEveryFieldOnTheBlanksSize() {
    byte[] sheet = certificates.calibration();
    DocumentChecks.assertPagesAndFonts(sheet, 297, 210);
    assertThat(DocumentChecks.pdfText(sheet)).contains("Họ và tên / tên tập thể", "Quyết định số, ngày", "Họ tên người ký");
  }

  /** The shipped template with the list's table removed, as a clerk might delete it by mistake. */
  private static byte[] withoutList(byte[] template) throws IOException {
    try (XWPFDocument document = new XWPFDocument(new java.io.ByteArrayInputStream(template)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      int table = document.getBodyElements().indexOf(document.getTables().stream()
          .filter(t -> t.getText().contains("{{danh_sach}}")).findFirst().orElseThrow());
      document.removeBodyElement(table);
      document.write(out);
      return out.toByteArray();
    }
  }
}
