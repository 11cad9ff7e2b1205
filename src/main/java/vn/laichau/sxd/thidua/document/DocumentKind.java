package vn.laichau.sxd.thidua.document;

/** The kinds of document the Department issues here, each with the symbol its number carries ("01/QĐ-SXD"). */
public enum DocumentKind {
  QUYET_DINH_KHEN_THUONG("Quyết định khen thưởng", "QĐ-SXD"),
  TO_TRINH("Tờ trình đề nghị khen thưởng", "TTr-SXD"),
  BIEN_BAN_HOP_HOI_DONG("Biên bản họp Hội đồng Thi đua – Khen thưởng", "BB-HĐTĐKT"),
  BIEN_BAN_KIEM_PHIEU("Biên bản kiểm phiếu", "BBKP-HĐTĐKT"),
  THONG_BAO_CONG_KHAI("Thông báo công khai danh sách đề nghị khen thưởng", "TB-SXD"),
  BAO_CAO_SO_KET_TONG_KET("Báo cáo sơ kết, tổng kết phong trào thi đua", "BC-SXD"),
  GIAY_KHEN("Giấy khen của Giám đốc Sở", "GK-SXD");

  private final String label;
  private final String symbol;

  DocumentKind(String label, String symbol) {
    this.label = label;
    this.symbol = symbol;
  }

  public String label() {
    return label;
  }

  public String symbol() {
    return symbol;
  }
}
