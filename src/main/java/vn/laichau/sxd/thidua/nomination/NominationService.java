package vn.laichau.sxd.thidua.nomination;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import vn.laichau.sxd.thidua.engine.Decisions;
import vn.laichau.sxd.thidua.engine.InvalidInputException;

/**
 * The rules a unit's nominations must meet, checked on the server whatever the client: each
 * nominee belongs to the unit and is eligible for the award (an on-hold case cannot be nominated
 * until cleared), nobody is nominated twice for the same award, an award whose dossier needs
 * an achievement report carries the achievement summary, and an ad hoc round names exactly one nominee.
 */
@Service
public class NominationService {

  /** One nomination as the unit head makes it. */
  public record Nomination(String subjectType, String subjectId, String awardCode, String achievementSummary) {
  }

  /** A nomination that met every rule, with the nominee's name. */
  public record Checked(Nomination nomination, String subjectName) {
  }

  private static final Set<String> NEEDS_SUMMARY = Set.of("BAO_CAO_THANH_TICH", "TOM_TAT_THANH_TICH");

  private final EligibilityService eligibility;
  private final Decisions decisions;

  public NominationService(EligibilityService eligibility, Decisions decisions) {
    this.eligibility = eligibility;
    this.decisions = decisions;
  }

  /** Refuses the whole list, with the first problem in Vietnamese, unless every nomination is valid. */
  public List<Checked> check(int year, String unitCode, String commendationType, List<Nomination> nominations) {
    if ("DOT_XUAT".equals(commendationType) && nominations.size() != 1) {
      throw new InvalidInputException("nominations", "Khen thưởng đột xuất đề nghị đúng một cá nhân hoặc một tập thể.");
    }
    Map<String, NomineeEligibility> nominees = eligibility.forRound(year, unitCode, commendationType).stream()
        .collect(Collectors.toMap(n -> n.subjectType() + ":" + n.subjectId(), n -> n));
    Set<String> seen = new HashSet<>();
    List<Checked> checked = new ArrayList<>();
    for (Nomination nomination : nominations) {
      NomineeEligibility nominee = nominees.get(nomination.subjectType() + ":" + nomination.subjectId());
      if (nominee == null) {
        throw new InvalidInputException("nominations", "'" + nomination.subjectId() + "' không thuộc đơn vị " + unitCode + ".");
      }
      String who = nominee.name() + " — " + nomination.awardCode();
      if (!seen.add(nomination.subjectId() + ":" + nomination.awardCode())) {
        throw new InvalidInputException("nominations", who + ": đề nghị hai lần.");
      }
      Eligibility award = nominee.awards().stream().filter(a -> a.awardCode().equals(nomination.awardCode())).findFirst()
          .orElseThrow(() -> new InvalidInputException("nominations", who + ": danh hiệu, hình thức này không xét cho đối tượng này."));
      String reasons = award.reasons().stream().map(Eligibility.Reason::text).collect(Collectors.joining(" "));
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
      checked.add(new Checked(nomination, nominee.name()));
    }
    return checked;
  }

  /** The documents of the award's dossier in this type of round (decision {@code dossier-checklist}), by name. */
  public List<String> requiredDocuments(String awardCode, String commendationType) {
    return checklist(awardCode, commendationType).stream().map(row -> (String) row.get("documentName")).toList();
  }

  private boolean needsSummary(String awardCode, String commendationType) {
    return checklist(awardCode, commendationType).stream().anyMatch(row -> NEEDS_SUMMARY.contains(row.get("documentCode")));
  }

  private List<Map<String, Object>> checklist(String awardCode, String commendationType) {
    return decisions.rows("dossier-checklist", Map.of("awardCode", awardCode, "commendationType", commendationType));
  }
}
