package vn.laichau.sxd.thidua.indicator;

/** What the decision indicator-status says of a figure, or that there is no figure yet, with the words people read. */
public enum IndicatorStatus {
  DAT("Đạt"), CO_NGUY_CO("Có nguy cơ"), KHONG_DAT("Không đạt"), NONE("Chưa có số liệu");

  private final String label;

  IndicatorStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The status stored for a figure; a figure without one (no actual yet) is {@link #NONE}. */
  public static IndicatorStatus of(String code) {
    return code == null ? NONE : valueOf(code);
  }
}
