package vn.laichau.sxd.thidua.nomination;

import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.laichau.sxd.thidua.audit.AuditAction;
import vn.laichau.sxd.thidua.audit.AuditEntry;
import vn.laichau.sxd.thidua.audit.AuditTrail;
import vn.laichau.sxd.thidua.decision.AwardCode;
import vn.laichau.sxd.thidua.organisation.SubjectType;

/**
 * When a unit's part of a round starts (the job that computes its eligibility list, through
 * {@link RoundService#eligibilityView}), the round's diary records the list as the rules judged
 * it: one entry for the unit, and one per person and for the unit itself with the awards open to
 * them and the rules' reasons for the others, so that a person reads why they could not be
 * proposed and may object.
 */
@Component
class EligibilityDiary {

  private final AuditTrail trail;

  EligibilityDiary(AuditTrail trail) {
    this.trail = trail;
  }

  void record(String roundKey, String unitCode, List<NomineeEligibility> nominees) {
    String unitName = nominees.stream().filter(n -> n.subjectType() == SubjectType.COLLECTIVE).map(NomineeEligibility::name)
        .findFirst().orElse(unitCode);
    long open = nominees.stream().filter(n -> !n.eligibleAwards().isEmpty()).count();
    trail.record(AuditEntry.of(roundKey, AuditAction.ELIGIBILITY_COMPUTED, "Lập danh sách đủ điều kiện của "
        + unitName + " theo tiêu chí khen thưởng: " + open + " trong " + nominees.size()
        + " cá nhân, tập thể đủ điều kiện ít nhất một hình thức.").forUnit(unitCode));
    for (NomineeEligibility nominee : nominees) {
      AuditEntry entry = AuditEntry.of(roundKey, AuditAction.ELIGIBILITY_COMPUTED, judgement(nominee)).forUnit(unitCode);
      trail.record(nominee.subjectType() == SubjectType.INDIVIDUAL ? entry.about(nominee.subjectId()) : entry);
    }
  }

  /** "Xét điều kiện Phan Quang Nam — Chuyên viên: đủ điều kiện Lao động tiên tiến. Chưa đủ điều kiện hoặc tạm hoãn xét — Chiến sĩ thi đua cơ sở: …". */
  private static String judgement(NomineeEligibility nominee) {
    List<AwardCode> eligible = nominee.eligibleAwards();
    String barred = nominee.barredReasons();
    StringBuilder text = new StringBuilder("Xét điều kiện ").append(nominee.label()).append(": ");
    text.append(eligible.isEmpty() ? "chưa đề nghị được hình thức nào."
        : "đủ điều kiện " + eligible.stream().map(AwardCode::label).collect(Collectors.joining(", ")) + ".");
    if (!barred.isEmpty()) {
      text.append(" Chưa đủ điều kiện hoặc tạm hoãn xét — ").append(barred);
    }
    return text.toString();
  }
}
