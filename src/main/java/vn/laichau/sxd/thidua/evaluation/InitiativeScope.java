package vn.laichau.sxd.thidua.evaluation;

/** The widest scope of the initiatives recognised for a person in the year. */
public enum InitiativeScope {
  NONE, GRASSROOTS, PROVINCE
}
