package vn.laichau.sxd.thidua.audit;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.laichau.sxd.thidua.api.RecordNotFoundException;

/**
 * {@code GET /api/audit?businessKey=} → the dossier's entries the reader may see, oldest first
 * ({@code at}, {@code actor}, {@code action}, {@code text}); {@code GET /api/audit/export.xlsx?businessKey=} the
 * same as an Excel workbook (the PDF extract is the document feature's); {@code GET /api/audit/dossier?taskId=}
 * → {@code {businessKey}} of a task the reader may see (404 otherwise), for the link on the task's screen;
 * {@code GET /api/audit/verify} (administrators) → {@code {ok, entries, firstBroken}}.
 */
@RestController
@RequestMapping("/api/audit")
class AuditController {

  record Entry(Instant at, String actor, String actorName, String action, String text) {
  }

  private final AuditReading reading;
  private final AuditChain chain;
  private final TaskDossier taskDossier;

  AuditController(AuditReading reading, AuditChain chain, TaskDossier taskDossier) {
    this.reading = reading;
    this.chain = chain;
    this.taskDossier = taskDossier;
  }

  @GetMapping("/dossier")
  public Map<String, String> dossierOfTask(@RequestParam(required = false) String taskId) {
    return taskDossier.businessKeyOf(taskId).map(key -> Map.of("businessKey", key))
        .orElseThrow(() -> new RecordNotFoundException("Không tìm thấy công việc này hoặc bạn không được xem."));
  }

  @GetMapping
  public List<Entry> entries(@RequestParam(required = false) String businessKey) {
    return reading.of(businessKey).stream().map(l -> new Entry(l.at(), l.actor(), l.actorName(), l.action(), l.text())).toList();
  }

  @GetMapping("/export.xlsx")
  public void export(@RequestParam(required = false) String businessKey, HttpServletResponse response) throws IOException {
    List<AuditReading.Line> lines = reading.of(businessKey);
    response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    response.setHeader("Content-Disposition", ContentDisposition.attachment()
        .filename("nhat-ky-" + businessKey.replaceAll("[^A-Za-z0-9_-]", "-") + ".xlsx", StandardCharsets.UTF_8).build().toString());
    DiaryWorkbook.write(businessKey, lines, response.getOutputStream());
  }

  /** Administrators only (SecurityConfiguration). */
  @GetMapping("/verify")
  public AuditChain.Verification verify() {
    return chain.verify();
  }
}
