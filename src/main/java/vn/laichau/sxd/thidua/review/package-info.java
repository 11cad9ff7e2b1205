/**
 * How a reviewer answers: a choice (accept or return, forward or drop, …) and the reason that
 * sending back needs, refused in the task's own words when missing ({@code Verdict}).
 */
package vn.laichau.sxd.thidua.review;
