package vn.laichau.sxd.thidua.evaluation;

/** The heaviest discipline of the year: none, khiển trách, cảnh cáo, cách chức, buộc thôi việc. */
public enum DisciplineLevel {
  NONE, KHIEN_TRACH, CANH_CAO, CACH_CHUC, BUOC_THOI_VIEC
}
