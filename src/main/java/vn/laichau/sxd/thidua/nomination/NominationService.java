package vn.laichau.sxd.thidua.nomination;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import vn.laichau.sxd.thidua.decision.AwardCode;
import vn.laichau.sxd.thidua.decision.CommendationType;
import vn.laichau.sxd.thidua.engine.DecisionRow;
import vn.laichau.sxd.thidua.engine.DmnTables;
import vn.laichau.sxd.thidua.engine.InvalidInputException;
import vn.laichau.sxd.thidua.organisation.SubjectType;

/**
 * The rules a unit's nominations must meet, checked on the server whatever the client: each
 * nominee belongs to the unit and is eligible for the award (an on-hold case cannot be nominated
 * until cleared), nobody is nominated twice for the same award, an award whose dossier needs
 * an achievement report carries the achievement summary, and an ad hoc round names exactly one nominee.
 */
@Service
class NominationService {

  private static final Set<String> NEEDS_SUMMARY = Set.of("BAO_CAO_THANH_TICH", "TOM_TAT_THANH_TICH");

  private final EligibilityLists eligibility;
  private final DmnTables dmn;

  NominationService(EligibilityLists eligibility, DmnTables dmn) {
    this.eligibility = eligibility;
    this.dmn = dmn;
  }

  /** Refuses the whole list, with the first problem in Vietnamese, unless every nomination is valid; the valid list, ready to store. */
  List<Nominee> check(int year, String unitCode, CommendationType commendationType, List<Nomination> nominations) {
    if (commendationType == CommendationType.DOT_XUAT && nominations.size() != 1) {
      throw new InvalidInputException("nominations", "Khen thưởng đột xuất đề nghị đúng một cá nhân hoặc một tập thể.");
    }
    List<NomineeEligibility> unit = eligibility.forRound(year, unitCode, commendationType);
    Map<String, NomineeEligibility> nominees = unit.stream().collect(Collectors.toMap(n -> n.subjectType() + ":" + n.subjectId(), n -> n));
    String unitName = unit.stream().filter(n -> n.subjectType() == SubjectType.COLLECTIVE).map(NomineeEligibility::name).findFirst()
        .orElse(unitCode);
    Set<String> seen = new HashSet<>();
    List<Nominee> checked = new ArrayList<>();
    for (Nomination nomination : nominations) {
      NomineeEligibility nominee = nominees.get(SubjectType.withinUnit(nomination.subjectId(), unitCode) + ":" + nomination.subjectId());
      if (nominee == null) {
        throw new InvalidInputException("nominations", "«" + nomination.subjectId() + "» không phải người hay tập thể của " + unitName + ".");
      }
      String who = "«" + nomination.awardCode().label() + "» cho " + nominee.name();
      if (!seen.add(nomination.subjectId() + ":" + nomination.awardCode())) {
        throw new InvalidInputException("nominations", who + ": đề nghị hai lần.");
      }
      Eligibility award = nominee.awards().stream().filter(a -> a.awardCode() == nomination.awardCode()).findFirst()
          .orElseThrow(() -> new InvalidInputException("nominations", who + ": danh hiệu, hình thức này không xét cho đối tượng này."));
      String reasons = award.reasons().stream().map(Eligibility.Reason::text).distinct().collect(Collectors.joining(" "));
      if (award.status() == Eligibility.Status.ON_HOLD) {
        throw new InvalidInputException("nominations", who + ": đang tạm hoãn xét, chưa đề nghị được. " + reasons);
      }
      if (award.status() == Eligibility.Status.INELIGIBLE) {
        throw new InvalidInputException("nominations", who + ": chưa đủ điều kiện. " + reasons);
      }
      if (needsSummary(nomination.awardCode(), commendationType)
          && (nomination.achievementSummary() == null || nomination.achievementSummary().isBlank())) {
        throw new InvalidInputException("nominations", who + ": cần tóm tắt thành tích.");
      }
      checked.add(Nominee.proposed(unitCode, nominee.name(), nomination));
    }
    return checked;
  }

  /** The documents of the award's dossier in this type of round (decision {@code dossier-checklist}), by name. */
  List<String> requiredDocuments(AwardCode awardCode, CommendationType commendationType) {
    return checklist(awardCode, commendationType).stream().map(row -> row.text("documentName")).toList();
  }

  /** Whether the award's dossier in this type of round holds an achievement report, so the nomination carries its summary. */
  boolean needsSummary(AwardCode awardCode, CommendationType commendationType) {
    return checklist(awardCode, commendationType).stream().anyMatch(row -> NEEDS_SUMMARY.contains(row.text("documentCode")));
  }

  private List<DecisionRow> checklist(AwardCode awardCode, CommendationType commendationType) {
    return dmn.rows("dossier-checklist", Map.of("awardCode", awardCode.name(), "commendationType", commendationType.name()));
  }
}
