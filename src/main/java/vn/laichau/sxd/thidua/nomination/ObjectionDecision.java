package vn.laichau.sxd.thidua.nomination;

/** The secretariat's conclusion on an objection (form {@code round-objection}). */
enum ObjectionDecision {
  /** The objection holds: the item is withdrawn. */
  UPHELD,
  /** The item goes back on the list. */
  DISMISSED
}
