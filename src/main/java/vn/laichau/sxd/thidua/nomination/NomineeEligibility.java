package vn.laichau.sxd.thidua.nomination;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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

  /**
   * Each reason once, after the awards it keeps the nominee from, reasons for the same awards
   * together: "Lao động tiên tiến, Chiến sĩ thi đua cơ sở: Đang bị xem xét kỷ luật… · Chiến sĩ thi đua tỉnh: Chưa đủ 3 năm…".
   */
  public String barredReasons() {
    Map<String, List<String>> awardsByReason = new LinkedHashMap<>();
    awards.stream()
        .filter(a -> a.status() != Eligibility.Status.ELIGIBLE)
        .filter(a -> a.reasons().stream().noneMatch(r -> r.code().equals("NOT_AD_HOC")))
        .forEach(a -> a.reasons().forEach(r -> awardsByReason.computeIfAbsent(r.text(), text -> new ArrayList<>()).add(a.awardCode().label())));
    Map<String, List<String>> reasonsByAwards = awardsByReason.entrySet().stream().collect(Collectors.groupingBy(
        e -> String.join(", ", e.getValue()), LinkedHashMap::new, Collectors.mapping(Map.Entry::getKey, Collectors.toList())));
    return reasonsByAwards.entrySet().stream().map(e -> e.getKey() + ": " + String.join(" ", e.getValue()))
        .collect(Collectors.joining(" · "));
  }
}
