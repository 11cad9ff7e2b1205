package vn.laichau.sxd.thidua.nomination;

import vn.laichau.sxd.thidua.audit.AuditAction;
import vn.laichau.sxd.thidua.audit.AuditEntry;
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

  /** An entry of the dossier's diary about this line: its unit's, and the person's own when it names a person. */
  public AuditEntry diaryEntry(String businessKey, AuditAction action, String text) {
    AuditEntry entry = AuditEntry.of(businessKey, action, text).forUnit(unitCode);
    return subjectType == SubjectType.INDIVIDUAL ? entry.about(subjectId()) : entry;
  }
}
