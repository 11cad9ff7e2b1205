package vn.laichau.sxd.thidua.nomination;

import vn.laichau.sxd.thidua.decision.AwardCode;
import vn.laichau.sxd.thidua.organisation.SubjectType;

/** A nomination as the round keeps it (table {@code nomination}): the unit's line, whom it names, and how far it has come. */
public record Nominee(long id, String unitCode, SubjectType subjectType, String subjectName, Nomination nomination,
    NominationStatus status, CouncilResult outcome) {

  /** A line that met every rule, before it is stored. */
  static Nominee proposed(String unitCode, String subjectName, Nomination nomination) {
    return new Nominee(0, unitCode, SubjectType.withinUnit(nomination.subjectId(), unitCode), subjectName, nomination,
        NominationStatus.PROPOSED, null);
  }

  public String subjectId() {
    return nomination.subjectId();
  }

  public AwardCode awardCode() {
    return nomination.awardCode();
  }

  public String achievementSummary() {
    return nomination.achievementSummary();
  }

  /** Name and award in words, as a person reads it. */
  public String describe() {
    return subjectName + " — " + nomination.awardCode().label();
  }
}
