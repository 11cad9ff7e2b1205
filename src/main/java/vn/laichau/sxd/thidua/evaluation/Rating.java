package vn.laichau.sxd.thidua.evaluation;

/** Xếp loại chất lượng from the HR evaluation (DOMAIN §3), best first; never recomputed here. */
public enum Rating {
  /** Hoàn thành xuất sắc nhiệm vụ. */
  HTXSNV,
  /** Hoàn thành tốt nhiệm vụ. */
  HTTNV,
  /** Hoàn thành nhiệm vụ. */
  HTNV,
  /** Không hoàn thành nhiệm vụ. */
  KHTNV;

  /** HTTNV or better: what indicator 6 counts. */
  public boolean completedWell() {
    return this == HTXSNV || this == HTTNV;
  }
}
