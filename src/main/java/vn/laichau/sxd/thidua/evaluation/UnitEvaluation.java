package vn.laichau.sxd.thidua.evaluation;

/** One unit's evaluation for one year. */
public record UnitEvaluation(int year, String unitCode, Rating rating, boolean registered) {
}
