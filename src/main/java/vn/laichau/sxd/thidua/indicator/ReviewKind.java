package vn.laichau.sxd.thidua.indicator;


/** The kinds of periodic review (DESIGN §3); only the six-month review is held while the year is still running. */
public enum ReviewKind {
  SIX_MONTH("Sơ kết 6 tháng đầu năm"), ANNUAL("Tổng kết năm"), MID_TERM("Sơ kết giữa kỳ 2026–2030"), FINAL("Tổng kết giai đoạn 2026–2030");

  private final String label;

  ReviewKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The review's name as people say it: "Tổng kết năm 2026", "Sơ kết giữa kỳ 2026–2030 (năm 2028)". */
  public String name(int year) {
    return this == MID_TERM || this == FINAL ? label + " (năm " + year + ")" : label + " " + year;
  }

  public boolean interim() {
    return this == SIX_MONTH;
  }
}
