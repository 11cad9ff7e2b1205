package vn.laichau.sxd.thidua.evaluation;

/** The heaviest discipline of the year, with the word an HR file may use instead of the code. */
public enum DisciplineLevel {
  NONE("không"), KHIEN_TRACH("khiển trách"), CANH_CAO("cảnh cáo"), CACH_CHUC("cách chức"), BUOC_THOI_VIEC("buộc thôi việc");

  private final String label;

  DisciplineLevel(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
