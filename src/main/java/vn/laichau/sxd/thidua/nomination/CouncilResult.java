package vn.laichau.sxd.thidua.nomination;

/** What the council's vote gave a nomination (column {@code nomination.outcome}). */
enum CouncilResult {
  PASSED("Thông qua"),
  FAILED("Không thông qua"),
  NO_QUORUM("Phiên họp không đủ số thành viên"),
  /** An ad hoc award below the council's levels goes to the Director without a vote. */
  NO_VOTE("Khen đột xuất, không cần bỏ phiếu");

  private final String label;

  CouncilResult(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Whether the Director may decide the item now. */
  public boolean decidable() {
    return this == PASSED || this == NO_VOTE;
  }
}
