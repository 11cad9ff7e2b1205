package vn.laichau.sxd.thidua.exemplar;

/** Where an exemplar's cycle stands (column {@code exemplar.status}); every status but ACTIVE ends it. */
public enum ExemplarStatus {
  ACTIVE,
  /** Carried through all four steps: counts for indicator 4. */
  DONE,
  DROPPED,
  /** The council did not take it into the register. */
  NOT_ACCEPTED,
  /** The council did not pass its summary. */
  NOT_PASSED
}
