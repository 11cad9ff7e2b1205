package vn.laichau.sxd.thidua.audit;

import java.util.Objects;

/**
 * One thing done to a dossier, as a feature reports it: the dossier's business key, what was done,
 * the sentence people read, and for reading rights the unit concerned and the person it is about
 * (either may be null). Who did it and when are added by {@link AuditTrail}.
 */
public record AuditEntry(String businessKey, AuditAction action, String text, String unitCode, String subject) {

  public AuditEntry {
    Objects.requireNonNull(businessKey, "businessKey");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(text, "text");
  }

  public static AuditEntry of(String businessKey, AuditAction action, String text) {
    return new AuditEntry(businessKey, action, text, null, null);
  }

  public AuditEntry forUnit(String code) {
    return new AuditEntry(businessKey, action, text, code, subject);
  }

  public AuditEntry about(String username) {
    return new AuditEntry(businessKey, action, text, unitCode, username);
  }
}
