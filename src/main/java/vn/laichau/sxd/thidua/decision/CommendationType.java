package vn.laichau.sxd.thidua.decision;

/** The types of commendation of Luật TĐKT 2022, Điều 7: by merit (yearly), thematic, ad hoc. */
public enum CommendationType {
  CONG_TRANG("Thường xuyên (hằng năm)", "công trạng"),
  CHUYEN_DE("Chuyên đề", "chuyên đề"),
  DOT_XUAT("Đột xuất", "đột xuất");

  private final String label;
  private final String roundWord;

  CommendationType(String label, String roundWord) {
    this.label = label;
    this.roundWord = roundWord;
  }

  public String label() {
    return label;
  }

  /** A round of this type as people name it: "Đợt bình xét công trạng năm 2025 (đợt 1)". */
  public String roundName(int year, int sequence) {
    return "Đợt bình xét " + roundWord + " năm " + year + " (đợt " + sequence + ")";
  }

  /** The same, from the round's key, which ends with its number among the year's rounds of this type ({@code KT-2025-CONG_TRANG-1}). */
  public String roundName(int year, String roundKey) {
    return roundName(year, Integer.parseInt(roundKey.substring(roundKey.lastIndexOf('-') + 1)));
  }
}
