package vn.laichau.sxd.thidua.decision;

/** The titles and commendations of DOMAIN §2 with their Vietnamese names. */
public enum AwardCode {
  LDTT("Lao động tiên tiến"),
  CSTDCS("Chiến sĩ thi đua cơ sở"),
  CSTD_TINH("Chiến sĩ thi đua tỉnh"),
  TTLDTT("Tập thể lao động tiên tiến"),
  TTLDXS("Tập thể lao động xuất sắc"),
  CO_THI_DUA_TINH("Cờ thi đua của UBND tỉnh"),
  GIAY_KHEN_GD_SO("Giấy khen của Giám đốc Sở"),
  BANG_KHEN_CT_TINH("Bằng khen của Chủ tịch UBND tỉnh");

  private final String label;

  AwardCode(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

}
