package vn.laichau.sxd.thidua.submission;

/** The province's decision on one item of a submission: {@code approved} must be said, true or false. */
record ProvinceItem(String subjectId, String awardCode, Boolean approved, String note) {
}
