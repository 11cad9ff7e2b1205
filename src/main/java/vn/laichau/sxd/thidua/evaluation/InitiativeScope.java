package vn.laichau.sxd.thidua.evaluation;

/** The widest scope of the initiatives recognised for a person in the year, with the word an HR file may use instead of the code. */
public enum InitiativeScope {
  NONE("không có"), GRASSROOTS("cấp cơ sở"), PROVINCE("cấp tỉnh");

  private final String label;

  InitiativeScope(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
