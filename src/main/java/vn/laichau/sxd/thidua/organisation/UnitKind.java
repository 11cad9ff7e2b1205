package vn.laichau.sxd.thidua.organisation;

enum UnitKind {
  /** Phòng chuyên môn thuộc Sở. */
  DIVISION,
  /** Đơn vị sự nghiệp trực thuộc Sở. */
  SUBORDINATE
}
