package vn.laichau.sxd.thidua.exemplar;

/** The secretariat's screening of a proposed exemplar (form {@code exemplar-screen}). */
enum ScreeningDecision {
  FORWARD, DROP
}
