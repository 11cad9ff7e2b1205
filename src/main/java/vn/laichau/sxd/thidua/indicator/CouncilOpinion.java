package vn.laichau.sxd.thidua.indicator;

/** The council's opinion on the consolidated report (form {@code review-council}). */
enum CouncilOpinion {
  /** To the Director. */
  AGREE,
  /** Back to the secretariat. */
  RETURN
}
