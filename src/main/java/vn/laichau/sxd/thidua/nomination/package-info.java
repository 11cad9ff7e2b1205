/**
 * Commendation rounds ({@code commendation-round}): who is eligible and why not, the units'
 * nominations and their appraisal, the council's vote, public disclosure and objections, and the
 * Director's decision.
 */
package vn.laichau.sxd.thidua.nomination;
