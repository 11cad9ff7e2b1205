package vn.laichau.sxd.thidua.nomination;

import java.util.List;
import vn.laichau.sxd.thidua.decision.AwardCode;
import vn.laichau.sxd.thidua.organisation.StaffMember;
import vn.laichau.sxd.thidua.organisation.SubjectType;

/** One possible nominee (a person or the unit itself) with the eligibility for each award; a unit has no position. */
public record NomineeEligibility(SubjectType subjectType, String subjectId, String name, String position, List<Eligibility> awards) {

  /** How the unit head recognises the nominee: "Phạm Quang Nam — Chuyên viên", or the unit's name as a collective. */
  public String label() {
    return subjectType == SubjectType.COLLECTIVE ? name + " (tập thể)" : StaffMember.label(name, position);
  }

  /** The awards the nominee may be proposed for now. */
  public List<AwardCode> eligibleAwards() {
    return awards.stream().filter(a -> a.status() == Eligibility.Status.ELIGIBLE).map(Eligibility::awardCode).toList();
  }
}
