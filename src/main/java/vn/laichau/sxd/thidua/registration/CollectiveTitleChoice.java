package vn.laichau.sxd.thidua.registration;


/** The collective title a unit aims at in its registration (DOMAIN §2), or none. */
enum CollectiveTitleChoice {
  TTLDTT("Tập thể lao động tiên tiến"),
  TTLDXS("Tập thể lao động xuất sắc"),
  CO_THI_DUA_TINH("Cờ thi đua của UBND tỉnh"),
  NONE("Không đăng ký danh hiệu tập thể");

  private final String label;

  CollectiveTitleChoice(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
