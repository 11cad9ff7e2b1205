package vn.laichau.sxd.thidua.council;

/** One line of a member's ballot: the agenda item, what it is, and the member's choice (empty until chosen). */
record BallotLine(String itemId, String label, String choice) {
}
