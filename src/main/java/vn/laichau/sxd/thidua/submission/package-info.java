/**
 * What the Director forwards to the province ({@code provincial-submission}): the dossier, the
 * signed letter, and the province's decision on each item.
 */
package vn.laichau.sxd.thidua.submission;
