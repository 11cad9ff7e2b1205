package vn.laichau.sxd.thidua.document;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.laichau.sxd.thidua.calendar.WorkingDayCalendar;
import vn.laichau.sxd.thidua.engine.InvalidInputException;

/**
 * {@code GET /api/documents?businessKey=} lists a dossier's documents; {@code GET
 * /api/documents/{id}.pdf|.docx} serves one with the dossier's read rights. The templates:
 * {@code GET /api/documents/templates} (kinds, versions, fields), {@code GET
 * /api/documents/templates/{kind}/{version}.docx}, {@code POST /api/documents/templates/{kind}}
 * ({@code file}, {@code validFrom} dd/mm/yyyy; secretariat). The certificate's calibration sheet is
 * {@code GET /api/documents/certificate-calibration.pdf}.
 */
@RestController
@RequestMapping("/api/documents")
class DocumentController {

  private static final MediaType DOCX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

  private final DocumentService documents;
  private final DocumentTemplates templates;
  private final CertificateSheet certificates;
  private final WorkingDayCalendar calendar;
  private final IdentityService identityService;

  DocumentController(DocumentService documents, DocumentTemplates templates, CertificateSheet certificates, WorkingDayCalendar calendar,
      IdentityService identityService) {
    this.documents = documents;
    this.templates = templates;
    this.certificates = certificates;
    this.calendar = calendar;
    this.identityService = identityService;
  }

  @GetMapping
  public List<IssuedDocument> list(@RequestParam(required = false) String businessKey) {
    return documents.list(businessKey);
  }

  @GetMapping("/{id:\\d+}.{format:pdf|docx}")
  public ResponseEntity<byte[]> file(@PathVariable long id, @PathVariable String format) {
    Map.Entry<String, byte[]> file = documents.file(id, format);
    return download(file.getKey(), "pdf".equals(format) ? MediaType.APPLICATION_PDF : DOCX, file.getValue());
  }

  @GetMapping("/templates")
  public List<Map<String, Object>> templates() {
    return templates.overview();
  }

  @GetMapping("/templates/{kind}/{version:\\d+}.docx")
  public ResponseEntity<byte[]> template(@PathVariable String kind, @PathVariable int version) {
    DocumentKind documentKind = kind(kind);
    return download("mau-" + documentKind.name().toLowerCase().replace('_', '-') + "-v" + version + ".docx", DOCX,
        templates.content(documentKind, version));
  }

  @PostMapping(path = "/templates/{kind}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  public DocumentTemplates.Version upload(@PathVariable String kind, @RequestParam(required = false) String validFrom,
      @RequestParam MultipartFile file) throws IOException {
    LocalDate from = validFrom == null || validFrom.isBlank() ? null : calendar.dateOf(validFrom).orElseThrow(() ->
        new InvalidInputException("validFrom", "Ngày áp dụng phải có dạng dd/mm/yyyy, ví dụ 01/01/2027."));
    return templates.upload(kind(kind), from, file.getOriginalFilename(), file.getBytes(),
        identityService.getCurrentAuthentication().getUserId());
  }

  @GetMapping("/certificate-calibration.pdf")
  public ResponseEntity<byte[]> calibration() {
    return download("can-chinh-phoi-giay-khen.pdf", MediaType.APPLICATION_PDF, certificates.calibration());
  }

  private static DocumentKind kind(String code) {
    try {
      return DocumentKind.valueOf(code);
    } catch (IllegalArgumentException unknown) {
      throw new InvalidInputException("kind", "Không có loại văn bản này.");
    }
  }

  private static ResponseEntity<byte[]> download(String name, MediaType type, byte[] content) {
    return ResponseEntity.ok().contentType(type)
        .header("Content-Disposition", ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
        .header("X-Content-Type-Options", "nosniff")
        .body(content);
  }
}
