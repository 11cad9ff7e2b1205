package vn.laichau.sxd.thidua.document;

import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.laichau.sxd.thidua.audit.AuditReading;

/**
 * {@code GET /api/audit/export.pdf?businessKey=} → the extract of the dossier's diary
 * ({@link DiaryExtract}), with the reading rights of {@code GET /api/audit}.
 */
@RestController
class DiaryExtractController {

  private final AuditReading reading;
  private final DiaryExtract extract;
  private final IdentityService identityService;

  DiaryExtractController(AuditReading reading, DiaryExtract extract, IdentityService identityService) {
    this.reading = reading;
    this.extract = extract;
    this.identityService = identityService;
  }

  @GetMapping("/api/audit/export.pdf")
  public ResponseEntity<byte[]> export(@RequestParam(required = false) String businessKey) {
    byte[] pdf = extract.pdf(businessKey, reading.of(businessKey), identityService.getCurrentAuthentication().getUserId(),
        ClockUtil.getCurrentTime().toInstant());
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
        .filename("nhat-ky-" + businessKey.replaceAll("[^A-Za-z0-9_-]", "-") + ".pdf", StandardCharsets.UTF_8).build().toString()).body(pdf);
  }
}
