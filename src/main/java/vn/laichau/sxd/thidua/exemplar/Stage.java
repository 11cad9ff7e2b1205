package vn.laichau.sxd.thidua.exemplar;

/** The four steps of an exemplar (DOMAIN §9), in order. */
public enum Stage {
  PHAT_HIEN("Phát hiện"), BOI_DUONG("Bồi dưỡng"), TONG_KET("Tổng kết"), NHAN_RONG("Nhân rộng");

  private final String label;

  Stage(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
