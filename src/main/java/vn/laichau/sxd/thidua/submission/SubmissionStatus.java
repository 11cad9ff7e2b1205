package vn.laichau.sxd.thidua.submission;

/** Where a submission to the province stands (column {@code provincial_submission.status}). */
enum SubmissionStatus {
  PREPARING, SUBMITTED, PARTLY_DECIDED, DECIDED
}
