package vn.laichau.sxd.thidua.dossier;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;
import vn.laichau.sxd.thidua.api.RecordNotFoundException;
import vn.laichau.sxd.thidua.decision.AwardCode;
import vn.laichau.sxd.thidua.decision.CommendationType;
import vn.laichau.sxd.thidua.engine.AsApplication;
import vn.laichau.sxd.thidua.engine.DmnTables;
import vn.laichau.sxd.thidua.engine.InvalidInputException;
import vn.laichau.sxd.thidua.nomination.RoundService;
import vn.laichau.sxd.thidua.organisation.CamundaGroups;
import vn.laichau.sxd.thidua.organisation.OrganisationService;
import vn.laichau.sxd.thidua.organisation.StaffMember;

/**
 * A unit's dossier files in a round (bean {@code dossierFiles}, called by the round's model for the
 * appraisal): the unit head uploads and removes them while the unit's nomination task is open; the
 * unit head, the secretariat, the council, the Director, managers and administrators read them.
 */
@Service("dossierFiles")
public class DossierService {

  /** The document kinds a dossier may hold, in words (decision {@code dossier-checklist}, every award). */
  public record DocumentKind(String code, String name) {
  }

  /** A file as the page lists it: who uploaded it by name. */
  record ListedFile(@JsonUnwrapped DossierFile file, String uploadedByName) {
  }


  private final DossierRepository files;
  private final DmnTables dmn;
  private final RoundService rounds;
  private final OrganisationService organisation;
  private final IdentityService identityService;
  private final long maxSize;

  DossierService(DossierRepository files, DmnTables dmn, RoundService rounds, OrganisationService organisation, IdentityService identityService,
      @Value("${thidua.dossier.max-file-size:10MB}") DataSize maxSize) {
    this.files = files;
    this.dmn = dmn;
    this.rounds = rounds;
    this.organisation = organisation;
    this.identityService = identityService;
    this.maxSize = maxSize.toBytes();
  }

  /** What the page shows: the kinds of document the round's dossiers take while the unit may still add files, and the files. */
  public Map<String, Object> dossier(String roundKey, String unitCode) {
    checkReader(unitCode);
    Optional<CommendationType> open = rounds.openNomination(roundKey, unitCode);
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("open", open.isPresent() && isUnitHead(unitCode));
    view.put("kinds", open.map(type -> kinds(type.name())).orElse(List.of()));
    Map<String, String> names = organisation.staffOf(unitCode).stream()
        .collect(Collectors.toMap(StaffMember::username, StaffMember::fullName));
    view.put("files", files.files(roundKey, unitCode).stream()
        .map(file -> new ListedFile(file, names.getOrDefault(file.uploadedBy(), file.uploadedBy()))).toList());
    return view;
  }

  @Transactional
  public DossierFile upload(String roundKey, String unitCode, String documentCode, String fileName, byte[] content) {
    CommendationType type = checkUploader(roundKey, unitCode);
    if (kinds(type.name()).stream().noneMatch(kind -> kind.code().equals(documentCode))) {
      throw new InvalidInputException("documentCode", "Hãy chọn loại giấy tờ trong thành phần hồ sơ của đợt bình xét.");
    }
    if (content.length == 0 || content.length > maxSize) {
      throw new InvalidInputException("file", "Tệp phải có nội dung và không quá " + maxSize / (1024 * 1024) + " MB.");
    }
    FileType fileType = FileType.of(content).orElseThrow(() -> new InvalidInputException("file",
        "Chỉ nhận tệp PDF, Word (.docx), Excel (.xlsx) hoặc ảnh PNG, JPEG; nội dung tệp này không thuộc loại nào trong số đó."));
    String name = safeName(fileName, fileType);
    Instant now = ClockUtil.getCurrentTime().toInstant();
    long id = files.insert(roundKey, unitCode, documentCode, name, fileType, content, currentUser(), now);
    return files.file(id).orElseThrow();
  }

  @Transactional
  public void delete(long id) {
    DossierFile file = find(id);
    checkUploader(file.roundKey(), file.unitCode());
    files.delete(id);
  }

  /** The file with its content, for a reader of the unit's dossier. */
  public Map.Entry<DossierFile, byte[]> download(long id) {
    DossierFile file = find(id);
    checkReader(file.unitCode());
    return Map.entry(file, files.content(id));
  }

  /**
   * For the appraisal form: each kind of document of the round's type with the files the unit
   * uploaded for it, as Markdown links ("chưa có tệp" where none).
   */
  public String appraisalList(String roundKey, String unitCode, String commendationType) {
    Map<String, List<DossierFile>> byKind = files.files(roundKey, unitCode).stream()
        .collect(Collectors.groupingBy(DossierFile::documentCode));
    return kinds(commendationType).stream().map(kind -> "- " + kind.name() + ": " + byKind.getOrDefault(kind.code(), List.of()).stream()
            .map(file -> "[" + markdownText(file.fileName()) + "](/api/dossiers/files/" + file.id() + ")").reduce((a, b) -> a + " · " + b)
            .orElse("*chưa có tệp*"))
        .collect(Collectors.joining("\n"));
  }

  List<DocumentKind> kinds(String commendationType) {
    Map<String, String> kinds = new LinkedHashMap<>();
    for (AwardCode award : AwardCode.values()) {
      dmn.rows("dossier-checklist", Map.of("awardCode", award.name(), "commendationType", commendationType))
          .forEach(row -> kinds.putIfAbsent(row.text("documentCode"), row.text("documentName")));
    }
    return kinds.entrySet().stream().map(e -> new DocumentKind(e.getKey(), e.getValue())).toList();
  }

  private DossierFile find(long id) {
    return files.file(id).orElseThrow(() -> new RecordNotFoundException("Không có tệp hồ sơ này."));
  }

  private CommendationType checkUploader(String roundKey, String unitCode) {
    if (!isUnitHead(unitCode)) {
      throw new AuthorizationException("Chỉ lãnh đạo đơn vị tải lên hồ sơ của đơn vị.");
    }
    return rounds.openNomination(roundKey, unitCode).orElseThrow(() -> new InvalidInputException("roundKey",
        "Đơn vị đã gửi đề nghị hoặc đợt bình xét đã kết thúc: không thêm, bớt tệp hồ sơ được nữa."));
  }

  private void checkReader(String unitCode) {
    if (!isUnitHead(unitCode) && groups().noneMatch(CamundaGroups.READ_EVERY_DOSSIER::contains)) {
      throw new AuthorizationException("Không có quyền xem hồ sơ của đơn vị này.");
    }
  }

  private boolean isUnitHead(String unitCode) {
    return groups().anyMatch(CamundaGroups.unitHead(unitCode)::equals);
  }

  private Stream<String> groups() {
    Authentication authentication = identityService.getCurrentAuthentication();
    return authentication == null || authentication.getGroupIds() == null ? Stream.empty() : authentication.getGroupIds().stream();
  }

  private String currentUser() {
    return identityService.getCurrentAuthentication().getUserId();
  }

  /** The name as uploaded, without a path, with the extension of what the content is. */
  private static String safeName(String fileName, FileType type) {
    String base = fileName == null ? "" : fileName.replaceAll(".*[/\\\\]", "").replaceAll("[\\p{Cntrl}]", "").strip();
    base = base.replaceAll("\\.[A-Za-z0-9]{1,5}$", "");
    if (base.isBlank()) {
      base = "tep";
    }
    return (base.length() > 200 ? base.substring(0, 200) : base) + "." + type.extension();
  }

  private static String markdownText(String text) {
    return text.replaceAll("[\\[\\]()*_`<>\\\\]", " ");
  }
}
