package vn.laichau.sxd.thidua.nomination;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.laichau.sxd.thidua.decision.AwardCode;
import vn.laichau.sxd.thidua.decision.RewardAmountService;
import vn.laichau.sxd.thidua.document.DocumentFormats;
import vn.laichau.sxd.thidua.document.DocumentKind;
import vn.laichau.sxd.thidua.document.DocumentRequest;
import vn.laichau.sxd.thidua.document.DocumentService;
import vn.laichau.sxd.thidua.document.IssuedDocument;
import vn.laichau.sxd.thidua.organisation.OrganisationService;
import vn.laichau.sxd.thidua.organisation.StaffMember;
import vn.laichau.sxd.thidua.organisation.SubjectType;

/**
 * The round's documents: the disclosure notice when the disclosure starts, the Director's draft
 * decision when the decision task opens, the signed decision (with its list and amounts) and the
 * Giấy khen printed from it when the Director decides; the submission letter to the province.
 */
@Component
class RoundDocuments {

  private static final String DECISION = "quyet-dinh";
  private static final String DRAFT = "du-thao-quyet-dinh";

  private final DocumentService documents;
  private final OrganisationService organisation;
  private final RewardAmountService rewards;
  private final RoundRepository rounds;

  RoundDocuments(DocumentService documents, OrganisationService organisation, RewardAmountService rewards, RoundRepository rounds) {
    this.rounds = rounds;
    this.documents = documents;
    this.organisation = organisation;
    this.rewards = rewards;
  }

  /** The public notice of the nominations the council passed, with the disclosure window. */
  void disclosureNotice(String roundKey, String roundName, List<Nominee> passed, int workingDays, LocalDate from, LocalDate until) {
    Labels labels = new Labels();
    List<Map<String, Object>> rows = passed.stream().map(labels::row).toList();
    documents.issue(DocumentRequest.of(DocumentKind.THONG_BAO_CONG_KHAI, roundKey, "cong-khai", "Thông báo công khai — " + roundName)
        .field("ve_viec", "Về việc công khai danh sách đề nghị khen thưởng — " + roundName)
        .field("so_ngay", workingDays)
        .field("tu_ngay", DocumentFormats.date(from))
        .field("den_ngay", DocumentFormats.date(until))
        .rows("danh_sach", rows)
        .about(units(passed))
        .signedBy(organisation.officeHead().map(StaffMember::username).orElse(null), "TL. GIÁM ĐỐC\nCHÁNH VĂN PHÒNG"));
  }

  /** The draft the Director reads before signing, amounts as of today. */
  void draftDecision(String roundKey, String roundName, List<Nominee> awarded, LocalDate today) {
    documents.draft(decisionRequest(DRAFT, roundKey, "Dự thảo quyết định khen thưởng — " + roundName, roundName, awarded, today, null));
  }

  /** The signed decision, numbered from the register, dated as the Director dated it. */
  IssuedDocument decision(String roundKey, String roundName, List<Nominee> awarded, LocalDate date, String director) {
    return documents.issue(decisionRequest(DECISION, roundKey, "Quyết định khen thưởng — " + roundName, roundName, awarded, date, director),
        date);
  }

  /** The Giấy khen of the decision, to print onto the blanks. */
  void certificates(String roundKey, String roundName, List<Nominee> awarded, IssuedDocument decision, String director) {
    Labels labels = new Labels();
    List<Map<String, Object>> certificates = new ArrayList<>();
    for (Nominee nominee : awarded) {
      if (nominee.awardCode() != AwardCode.GIAY_KHEN_GD_SO) {
        continue;
      }
      Map<String, Object> certificate = new LinkedHashMap<>();
      certificate.put("ho_ten", labels.name(nominee));
      certificate.put("chuc_vu_don_vi", labels.positionAndUnit(nominee));
      certificate.put("thanh_tich", nominee.achievementSummary() == null || nominee.achievementSummary().isBlank()
          ? "Đã có thành tích xuất sắc trong phong trào thi đua" : nominee.achievementSummary());
      certificate.put("can_cu", "Quyết định số " + decision.number() + " ngày " + DocumentFormats.date(decision.date()));
      certificates.add(certificate);
    }
    if (certificates.isEmpty()) {
      return;
    }
    documents.issue(DocumentRequest.of(DocumentKind.GIAY_KHEN, roundKey, "giay-khen", "Giấy khen — " + roundName)
        .field("can_cu", "Quyết định số " + decision.number() + " ngày " + DocumentFormats.date(decision.date()))
        .rows("giay_khen", certificates)
        .about(units(awarded))
        .signedBy(director, organisation.signerTitle(director)), decision.date());
  }

  /** The submission letter to the province for the items waiting in the submission, with the council's counts. */
  IssuedDocument submissionLetter(String submissionKey, String roundKey, String roundName, List<Nominee> items, LocalDate date,
      String director, boolean draft) {
    Labels labels = new Labels();
    Map<Long, RoundRepository.Counted> counts = rounds.counted(roundKey).stream()
        .collect(Collectors.toMap(counted -> counted.nominee().id(), counted -> counted));
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Nominee item : items) {
      Map<String, Object> row = labels.row(item);
      RoundRepository.Counted counted = counts.get(item.id());
      row.put("ty_le", counted == null || counted.agree() == null ? "" : counted.agree() + "/"
          + (counted.agree() + counted.disagree() + counted.abstain()) + " phiếu");
      rows.add(row);
    }
    DocumentRequest request = DocumentRequest.of(DocumentKind.TO_TRINH, submissionKey, draft ? "du-thao-to-trinh" : "to-trinh",
            (draft ? "Dự thảo tờ trình" : "Tờ trình") + " đề nghị khen thưởng cấp tỉnh — " + roundName)
        .field("ve_viec", "Về việc đề nghị khen thưởng cấp tỉnh — " + roundName)
        .field("ket_qua_hoi_dong", "Hội đồng Thi đua - Khen thưởng Sở đã họp, biểu quyết và bỏ phiếu; các tập thể, cá nhân dưới đây đạt"
            + " tỷ lệ phiếu đồng ý theo quy định và đã được công khai.")
        .field("tong_so", items.size())
        .rows("danh_sach", rows)
        .about(units(items))
        .signedBy(director, organisation.signerTitle(director));
    return draft ? documents.draft(request) : documents.issue(request, date);
  }

  private DocumentRequest decisionRequest(String subject, String roundKey, String title, String roundName, List<Nominee> awarded,
      LocalDate date, String director) {
    Labels labels = new Labels();
    long total = 0;
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Nominee nominee : awarded) {
      long amount = rewards.amountVnd(nominee.awardCode(), nominee.subjectType(), date);
      total += amount;
      Map<String, Object> row = labels.row(nominee);
      row.put("so_tien", DocumentFormats.amount(amount));
      rows.add(row);
    }
    return DocumentRequest.of(DocumentKind.QUYET_DINH_KHEN_THUONG, roundKey, subject, title)
        .field("ve_viec", "Về việc khen thưởng — " + roundName)
        .field("can_cu_de_nghi", "Xét đề nghị của Hội đồng Thi đua - Khen thưởng Sở và của Chánh Văn phòng Sở.")
        .field("tong_so", awarded.size())
        .field("tong_tien", DocumentFormats.amount(total))
        .rows("danh_sach", rows)
        .about(units(awarded))
        .signedBy(director, organisation.signerTitle(director));
  }

  private static List<String> units(List<Nominee> nominees) {
    return nominees.stream().map(Nominee::unitCode).filter(Objects::nonNull).distinct().toList();
  }

  /** Names, positions and units in words, reading each unit's staff once per document. */
  private final class Labels {

    private final Map<String, Map<String, String>> positions = new HashMap<>();

    Map<String, Object> row(Nominee nominee) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("ho_ten", name(nominee));
      row.put("chuc_vu", position(nominee));
      row.put("don_vi", organisation.unitName(nominee.unitCode()));
      row.put("hinh_thuc", nominee.awardCode().label());
      return row;
    }

    String name(Nominee nominee) {
      return nominee.subjectType() == SubjectType.COLLECTIVE ? organisation.unitName(nominee.unitCode()) : nominee.subjectName();
    }

    String positionAndUnit(Nominee nominee) {
      String position = position(nominee);
      String unit = organisation.unitName(nominee.unitCode());
      return position.isEmpty() || nominee.subjectType() == SubjectType.COLLECTIVE ? unit : position + ", " + unit;
    }

    private String position(Nominee nominee) {
      if (nominee.subjectType() == SubjectType.COLLECTIVE) {
        return "Tập thể";
      }
      String position = positions.computeIfAbsent(nominee.unitCode(), unit -> organisation.staffOf(unit).stream()
          .filter(member -> member.position() != null)
          .collect(Collectors.toMap(StaffMember::username, StaffMember::position, (a, b) -> a))).get(nominee.subjectId());
      return position == null ? "" : position;
    }
  }
}
