/**
 * The seven yearly indicators: targets, the units' reports, computed figures and their status
 * ({@code indicator-status}), and the periodic reviews ({@code periodic-review}).
 */
package vn.laichau.sxd.thidua.indicator;
