package vn.laichau.sxd.thidua.decision;

import java.time.Instant;
import java.time.LocalDate;
import vn.laichau.sxd.thidua.organisation.SubjectType;

/**
 * One entry of the awards register. {@code replacesEntryId} is set on corrections and revocations;
 * an entry is in force when no later entry replaces it and it is not itself a revocation.
 */
public record AwardEntry(
    long id,
    EntryKind kind,
    Long replacesEntryId,
    SubjectType subjectType,
    String subjectId,
    int year,
    AwardCode awardCode,
    CommendationType commendationType,
    String decisionNumber,
    LocalDate decisionDate,
    String decidedBy,
    Long amountVnd,
    String note,
    Instant recordedAt,
    String recordedBy) {

  public enum EntryKind {
    /** A decided award. */
    AWARD,
    /** Replaces an earlier entry with corrected data. */
    CORRECTION,
    /** Cancels an earlier entry (decision revoked). */
    REVOCATION
  }
}
