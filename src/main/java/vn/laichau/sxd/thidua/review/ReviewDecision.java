package vn.laichau.sxd.thidua.review;

/** The secretariat's choice on a unit's dossier (forms {@code registration-review}, {@code round-appraise}). */
public enum ReviewDecision {
  ACCEPT, RETURN
}
