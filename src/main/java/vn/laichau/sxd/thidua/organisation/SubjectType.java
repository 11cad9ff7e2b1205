package vn.laichau.sxd.thidua.organisation;

/** Who is nominated or awarded: a person, a unit, or a household (the register also holds the province's household awards). */
public enum SubjectType {
  INDIVIDUAL, COLLECTIVE, HOUSEHOLD;

  /** Within a unit's nominations, the unit's own code names the unit; anything else names one of its people. */
  public static SubjectType withinUnit(String subjectId, String unitCode) {
    return subjectId.equals(unitCode) ? COLLECTIVE : INDIVIDUAL;
  }
}
