/**
 * The yearly HR ratings of people and units (xếp loại), imported from CSV files; the only source
 * of ratings for nominations and indicator 6.
 */
package vn.laichau.sxd.thidua.evaluation;
