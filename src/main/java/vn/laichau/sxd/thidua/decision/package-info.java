/**
 * The legal side of an award: award codes and commendation types, who decides an award
 * ({@code award-routing}), the cash that goes with it, and the append-only awards register.
 */
package vn.laichau.sxd.thidua.decision;
