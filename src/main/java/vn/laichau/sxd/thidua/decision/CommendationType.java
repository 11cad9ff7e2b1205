package vn.laichau.sxd.thidua.decision;

/** The types of commendation of Luật TĐKT 2022, Điều 7: by merit (yearly), thematic, ad hoc. */
public enum CommendationType {
  CONG_TRANG("Thường xuyên (hằng năm)"),
  CHUYEN_DE("Chuyên đề"),
  DOT_XUAT("Đột xuất");

  private final String label;

  CommendationType(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
