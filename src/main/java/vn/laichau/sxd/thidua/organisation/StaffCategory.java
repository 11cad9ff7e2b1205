package vn.laichau.sxd.thidua.organisation;

enum StaffCategory {
  /** Công chức. */
  CONG_CHUC,
  /** Viên chức. */
  VIEN_CHUC,
  /** Người lao động. */
  NGUOI_LAO_DONG
}
