/**
 * Advanced exemplars through their four steps, phát hiện → bồi dưỡng → tổng kết → nhân rộng
 * ({@code exemplar-cycle}), and the exemplar register behind indicator 4.
 */
package vn.laichau.sxd.thidua.exemplar;
