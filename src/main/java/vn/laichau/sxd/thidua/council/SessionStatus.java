package vn.laichau.sxd.thidua.council;

/** Where a council session stands (column {@code council_session.status}). */
enum SessionStatus {
  OPEN, CLOSED,
  /** Too few members voted: the session decided nothing. */
  NO_QUORUM
}
