package vn.laichau.sxd.thidua.council;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;
import vn.laichau.sxd.thidua.document.DocumentFormats;
import vn.laichau.sxd.thidua.document.DocumentKind;
import vn.laichau.sxd.thidua.document.DocumentRequest;
import vn.laichau.sxd.thidua.document.DocumentService;
import vn.laichau.sxd.thidua.engine.AsApplication;
import vn.laichau.sxd.thidua.organisation.OrganisationService;
import vn.laichau.sxd.thidua.organisation.StaffMember;

/**
 * The minutes of a counted session (biên bản họp) and, when it had secret items, the ballot-counting
 * record (biên bản kiểm phiếu). Both carry counts only: who attended, never who voted how. They are
 * filed in the dossier that called the session (the round), or the session's own.
 */
@Component
class SessionMinutes {

  private final CouncilRepository repository;
  private final DocumentService documents;
  private final IdentityService identityService;
  private final OrganisationService organisation;

  SessionMinutes(CouncilRepository repository, DocumentService documents, IdentityService identityService,
      OrganisationService organisation) {
    this.repository = repository;
    this.documents = documents;
    this.identityService = identityService;
    this.organisation = organisation;
  }

  void issue(long sessionId, String dossierKey, boolean quorum, LocalDate closedOn) {
    CouncilRepository.Session session = repository.session(sessionId).orElseThrow();
    String dossier = dossierKey == null ? session.businessKey() : dossierKey;
    List<CouncilRepository.Attendance> attendance = repository.attendance(sessionId);
    Map<String, String> names = names(attendance.stream().map(CouncilRepository.Attendance::username).toList());
    List<String> present = attendance.stream().filter(CouncilRepository.Attendance::voted).map(a -> names.get(a.username())).toList();
    List<String> absent = attendance.stream().filter(a -> !a.voted()).map(a -> names.get(a.username())).toList();
    Optional<StaffMember> chair = organisation.councilChair();
    String secretary = organisation.councilSecretary().map(StaffMember::fullName).orElse("");
    List<CouncilRepository.ItemResult> results = repository.results(sessionId);
    Map<Integer, String> questions = repository.items(sessionId).stream()
        .collect(Collectors.toMap(CouncilRepository.Item::position, item -> item.question() == null ? item.awardCode() : item.question()));
    int members = attendance.size();
    String time = session.name() + ", kết thúc bỏ phiếu " + DocumentFormats.inWords(closedOn);
    String subject = "phien-" + sessionId;
    documents.issue(DocumentRequest.of(DocumentKind.BIEN_BAN_HOP_HOI_DONG, dossier, subject, "Biên bản họp — " + session.name())
        .field("thoi_gian", time)
        .field("dia_diem", "Sở Xây dựng tỉnh Lai Châu; thành viên bỏ phiếu trên hệ thống Thi đua")
        .field("chu_tri", chair.map(StaffMember::fullName).orElse(""))
        .field("thu_ky", secretary)
        .field("co_mat", present.isEmpty() ? "không có" : String.join(", ", present))
        .field("vang_mat", absent.isEmpty() ? "không có" : String.join(", ", absent))
        .field("so_co_mat", present.size() + "/" + members)
        .field("ket_luan_so_luong", quorum
            ? "Số thành viên tham gia biểu quyết, bỏ phiếu đủ điều kiện để Hội đồng xem xét các nội dung."
            : "Số thành viên tham gia không đủ điều kiện; phiên họp không quyết định nội dung nào và được triệu tập lại.")
        .rows("ket_qua", results.stream().map(result -> row(result, questions, members, true)).toList())
        .signedBy(chair.map(StaffMember::username).orElse(null), "CHỦ TỌA"));
    List<CouncilRepository.ItemResult> secret = results.stream().filter(r -> VoteRule.Ballot.SECRET.name().equals(r.ballot())).toList();
    if (!secret.isEmpty()) {
      documents.issue(DocumentRequest.of(DocumentKind.BIEN_BAN_KIEM_PHIEU, dossier, subject, "Biên bản kiểm phiếu — " + session.name())
          .field("thoi_gian", time)
          .field("chu_tri", chair.map(StaffMember::fullName).orElse(""))
          .field("thu_ky", secretary)
          .field("so_phieu_phat_ra", members)
          .field("so_phieu_thu_vao", present.size())
          .rows("ket_qua", secret.stream().map(result -> row(result, questions, members, false)).toList())
          .signedBy(chair.map(StaffMember::username).orElse(null), "CHỦ TỌA"));
    }
  }

  private static Map<String, Object> row(CouncilRepository.ItemResult result, Map<Integer, String> questions, int members,
      boolean withBallot) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("noi_dung", result.subjectName() + " — " + questions.get(result.position()));
    if (withBallot) {
      row.put("hinh_thuc", VoteRule.Ballot.SECRET.name().equals(result.ballot()) ? "Bỏ phiếu kín" : "Biểu quyết công khai");
    }
    row.put("dong_y", count(result.agree()));
    row.put("khong_dong_y", count(result.disagree()));
    row.put("khong_y_kien", count(result.abstain()));
    row.put("ty_le", result.agree() == null || members == 0 ? "" : BigDecimal.valueOf(result.agree() * 100L)
        .divide(BigDecimal.valueOf(members), 1, RoundingMode.HALF_UP).toPlainString().replace('.', ',') + "%");
    row.put("thong_qua", outcome(result.outcome()));
    return row;
  }

  private static String count(Integer value) {
    return value == null ? "" : String.valueOf(value);
  }

  private static String outcome(String outcome) {
    if (outcome == null) {
      return "";
    }
    return switch (Tally.Outcome.valueOf(outcome)) {
      case PASSED -> "Thông qua";
      case FAILED -> "Không thông qua";
      case NO_QUORUM -> "Không đủ số thành viên";
    };
  }

  /** The members' full names, read in one query; a member no longer in the identity store keeps the login. */
  private Map<String, String> names(List<String> usernames) {
    Map<String, String> names = new java.util.HashMap<>();
    usernames.forEach(username -> names.put(username, username));
    if (!usernames.isEmpty()) {
      AsApplication.call(identityService, () -> identityService.createUserQuery().userIdIn(usernames.toArray(String[]::new)).list())
          .forEach(user -> names.put(user.getId(), fullName(user)));
    }
    return names;
  }

  private static String fullName(User user) {
    return Stream.of(user.getFirstName(), user.getLastName()).filter(s -> s != null && !s.isBlank()).collect(Collectors.joining(" "));
  }

}
