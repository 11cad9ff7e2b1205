package vn.laichau.sxd.thidua.submission;

/** An item of the submission as the secretariat's and the Director's forms list it. */
record ItemView(String name, String award, String subjectId, String awardCode, String documents) {
}
