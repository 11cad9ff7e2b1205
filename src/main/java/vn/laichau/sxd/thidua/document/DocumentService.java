package vn.laichau.sxd.thidua.document;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.laichau.sxd.thidua.audit.AuditAction;
import vn.laichau.sxd.thidua.audit.AuditEntry;
import vn.laichau.sxd.thidua.audit.AuditTrail;
import vn.laichau.sxd.thidua.calendar.WorkingDayCalendar;
import vn.laichau.sxd.thidua.engine.AsApplication;
import vn.laichau.sxd.thidua.engine.InvalidInputException;
import vn.laichau.sxd.thidua.organisation.CamundaGroups;

/**
 * Issues the processes' documents (bean {@code documents}). The issuing step takes the number from
 * the register and stores the document's data in its own transaction; the files are generated
 * afterwards by the {@code document-generation} process, behind an asynchronous boundary with
 * retries. Issuing the same document twice (same dossier, kind and subject) gives the first one
 * back, without a second number.
 */
@Service("documents")
public class DocumentService {

  static final String GENERATION_PROCESS = "document-generation";

  private final DocumentRepository repository;
  private final DocumentRegister register;
  private final WorkingDayCalendar calendar;
  private final IdentityService identityService;
  private final RuntimeService runtimeService;
  private final ObjectMapper json;
  private final UserNames names;
  private final AuditTrail trail;

  DocumentService(DocumentRepository repository, DocumentRegister register, WorkingDayCalendar calendar, IdentityService identityService,
      RuntimeService runtimeService, ObjectMapper json, UserNames names, AuditTrail trail) {
    this.names = names;
    this.trail = trail;
    this.repository = repository;
    this.register = register;
    this.calendar = calendar;
    this.identityService = identityService;
    this.runtimeService = runtimeService;
    this.json = json;
  }

  /** Issues the document dated today with the next number of its register of the year; a second call gives the first document back. */
  @Transactional
  public IssuedDocument issue(DocumentRequest request) {
    return issue(request, calendar.today(), false);
  }

  /** Issues the document with the given date (as the signer dated it), numbered in that year's register. */
  @Transactional
  public IssuedDocument issue(DocumentRequest request, LocalDate date) {
    return issue(request, date, false);
  }

  /** Issues a draft: no number ("Số:      /QĐ-SXD"), dated today, for the signer to read before signing. */
  @Transactional
  public IssuedDocument draft(DocumentRequest request) {
    return issue(request, calendar.today(), true);
  }

  private IssuedDocument issue(DocumentRequest request, LocalDate date, boolean draft) {
    var existing = repository.find(request.businessKey(), request.kind(), request.subjectKey());
    if (existing.isPresent()) {
      return summary(repository.stored(existing.get()).orElseThrow());
    }
    String number = draft ? null : register.next(request.kind(), date.getYear()).text();
    Map<String, Object> fields = new LinkedHashMap<>(request.fields());
    fields.put("so_van_ban", number == null ? "      /" + request.kind().symbol() : number);
    fields.put("dia_danh_ngay", DocumentFormats.placeAndDate(date));
    fields.put("ngay", DocumentFormats.date(date));
    fields.put("chuc_vu_nguoi_ky", request.signerTitle());
    // A draft names its signer only when the step knows who will sign; a signed document, whoever completed the step.
    fields.put("nguoi_ky", names.fullName(request.signer() != null ? request.signer() : draft ? null : currentUser()));
    long id = repository.insert(request, number, date, toJson(fields), ClockUtil.getCurrentTime().toInstant());
    AsApplication.call(identityService, () -> runtimeService.startProcessInstanceByKey(GENERATION_PROCESS, request.businessKey(),
        Map.of(DocumentGenerationVariables.DOCUMENT_ID.name(), id, DocumentGenerationVariables.DOCUMENT_TITLE.name(), request.title())));
    if (!draft) {
      trail.record(AuditEntry.of(request.businessKey(), AuditAction.DOCUMENT_ISSUED,
          "Ban hành " + request.title() + ", số " + number + " ngày " + DocumentFormats.date(date) + "."));
    }
    return IssuedDocument.of(id, request.kind(), number, date, request.title(), draft, false);
  }

  /** The dossier's documents the caller may read, in the order they were issued. */
  public List<IssuedDocument> list(String businessKey) {
    if (businessKey == null || businessKey.isBlank()) {
      throw new InvalidInputException("businessKey", "Hãy cho biết mã hồ sơ (businessKey).");
    }
    return repository.ofBusinessKey(businessKey).stream().filter(this::mayRead).map(DocumentService::summary).toList();
  }

  /** One document's file ("pdf" or "docx"), with the document's name for the download. */
  public Map.Entry<String, byte[]> file(long id, String format) {
    DocumentRepository.Stored stored = repository.stored(id).filter(this::mayRead)
        .orElseThrow(() -> new AuthorizationException("Không có văn bản này hoặc không có quyền xem văn bản này."));
    byte[] content = repository.file(id, format).orElseThrow(() ->
        new InvalidInputException("id", "Văn bản đang được soạn, hãy thử lại sau ít phút."));
    String name = (stored.number() == null ? "du-thao-" : stored.number().replace('/', '-') + "-") + stored.kind().symbol();
    return Map.entry(name + "." + format, content);
  }

  /** The fields a document was issued with, for its generation. */
  Map<String, Object> fields(DocumentRepository.Stored stored) {
    try {
      return json.readValue(stored.content(), new TypeReference<Map<String, Object>>() { });
    } catch (JsonProcessingException e) {
      throw new DocumentFailure("Dữ liệu của văn bản «" + stored.title() + "» bị hỏng: " + e.getOriginalMessage(), e);
    }
  }

  private boolean mayRead(DocumentRepository.Stored stored) {
    Authentication caller = identityService.getCurrentAuthentication();
    List<String> groups = caller == null || caller.getGroupIds() == null ? List.of() : caller.getGroupIds();
    if (groups.stream().anyMatch(CamundaGroups.READ_EVERY_DOSSIER::contains)) {
      return true;
    }
    Set<String> units = repository.units(stored.id());
    return groups.stream().anyMatch(group -> units.stream().map(CamundaGroups::unitHead).anyMatch(group::equals));
  }

  private static IssuedDocument summary(DocumentRepository.Stored stored) {
    return IssuedDocument.of(stored.id(), stored.kind(), stored.number(), stored.issuedOn(), stored.title(), stored.draft(), stored.ready());
  }

  /** Who issues when the step names no signer: the person completing it. */
  private String currentUser() {
    Authentication caller = identityService.getCurrentAuthentication();
    return caller == null ? null : caller.getUserId();
  }

  private String toJson(Map<String, Object> fields) {
    try {
      return json.writeValueAsString(fields);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
