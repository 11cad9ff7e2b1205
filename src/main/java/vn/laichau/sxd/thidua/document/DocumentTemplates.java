package vn.laichau.sxd.thidua.document;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.laichau.sxd.thidua.audit.AuditAction;
import vn.laichau.sxd.thidua.audit.AuditEntry;
import vn.laichau.sxd.thidua.audit.AuditTrail;
import vn.laichau.sxd.thidua.engine.InvalidInputException;

/**
 * Each kind's templates: version 0 is the one shipped with the application; the secretariat
 * uploads the next ones, each applying from a date, and the previous ones stay for the documents
 * issued under them. An upload that is not a Word file, or that lost a required field, is refused
 * with the field named.
 */
@Service
public class DocumentTemplates {

  /** The diary of the templates: who changed which, from when. */
  static final String DIARY = "MAU-VAN-BAN";

  private final AuditTrail trail;

  /** The version of a kind as the templates page lists it, with the uploader's full name. */
  public record Version(int version, LocalDate validFrom, String fileName, String uploadedBy, boolean shipped) {
  }

  /** A template's content and its version. */
  record Chosen(int version, byte[] content) {
  }

  private final DocumentRepository repository;
  private final TemplateFiller filler;
  private final UserNames names;
  private final Map<DocumentKind, byte[]> shipped = new ConcurrentHashMap<>();

  DocumentTemplates(DocumentRepository repository, TemplateFiller filler, UserNames names, AuditTrail trail) {
    this.trail = trail;
    this.repository = repository;
    this.filler = filler;
    this.names = names;
  }

  /** The template in force on the date. */
  Chosen inForce(DocumentKind kind, LocalDate date) {
    return repository.versionOn(kind, date)
        .map(version -> new Chosen(version, repository.templateContent(kind, version).orElseThrow()))
        .orElseGet(() -> new Chosen(0, shipped(kind)));
  }

  /** One version's file, for the secretariat to download and edit. */
  public byte[] content(DocumentKind kind, int version) {
    if (version == 0) {
      return shipped(kind);
    }
    return repository.templateContent(kind, version).orElseThrow(() ->
        new InvalidInputException("version", "Không có phiên bản " + version + " của mẫu " + kind.label() + "."));
  }

  /** Every kind with its versions, newest first, and its fields. */
  public List<Map<String, Object>> overview() {
    List<Map<String, Object>> kinds = new ArrayList<>();
    for (DocumentKind kind : DocumentKind.values()) {
      List<Version> versions = new ArrayList<>();
      repository.templates(kind).forEach(t -> versions.add(new Version(t.version(), t.validFrom(), t.fileName(),
          names.fullName(t.uploadedBy()), false)));
      versions.add(new Version(0, null, "mau-" + kind.name().toLowerCase().replace('_', '-') + ".docx", null, true));
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("kind", kind.name());
      entry.put("name", kind.label());
      entry.put("versions", versions);
      entry.put("fields", TemplateFields.of(kind));
      entry.put("required", TemplateFields.required(kind));
      kinds.add(entry);
    }
    return kinds;
  }

  /** Stores an uploaded template as the kind's next version, applying from the given date. */
  @Transactional
  public Version upload(DocumentKind kind, LocalDate validFrom, String fileName, byte[] content, String uploadedBy) {
    if (validFrom == null) {
      throw new InvalidInputException("validFrom", "Hãy chọn ngày bắt đầu áp dụng mẫu.");
    }
    Set<String> fields = fieldsOf(content);
    List<String> missing = TemplateFields.required(kind).stream().filter(field -> !fields.contains(field)).toList();
    if (!missing.isEmpty()) {
      throw new InvalidInputException("file", "Mẫu thiếu trường bắt buộc: " + String.join(", ", missing.stream()
          .map(field -> "{{" + field + "}} (" + TemplateFields.of(kind).get(field) + ")").toList()) + ".");
    }
    int version = repository.templates(kind).stream().mapToInt(DocumentRepository.Template::version).max().orElse(0) + 1;
    String name = fileName == null || fileName.isBlank() ? "mau.docx" : fileName.replaceAll(".*[/\\\\]", "");
    try {
      repository.insertTemplate(kind, version, validFrom, name, content, uploadedBy, ClockUtil.getCurrentTime().toInstant());
    } catch (DuplicateKeyException concurrent) {
      throw new InvalidInputException("file", "Một người khác vừa tải lên mẫu này; hãy tải lại trang rồi thử lại.");
    }
    trail.record(AuditEntry.of(DIARY, AuditAction.TEMPLATE_CHANGED, "Tải lên mẫu " + kind.label() + " phiên bản " + version + " («" + name
        + "»), áp dụng từ ngày " + DocumentFormats.date(validFrom) + "."), uploadedBy);
    return new Version(version, validFrom, name, names.fullName(uploadedBy), false);
  }

  private Set<String> fieldsOf(byte[] content) {
    try {
      return filler.fields(content);
    } catch (IOException | RuntimeException notWord) {
      throw new InvalidInputException("file", "Tệp không phải văn bản Word (.docx) đọc được.");
    }
  }

  private byte[] shipped(DocumentKind kind) {
    return shipped.computeIfAbsent(kind, ShippedTemplates::docx);
  }
}
