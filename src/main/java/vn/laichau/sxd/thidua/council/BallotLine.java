package vn.laichau.sxd.thidua.council;

/**
 * One line of a member's ballot: the agenda item, what it is ({@code label}, with the open or secret
 * nature), what the member reads under it ({@code details}), the heading of its group on the first
 * item of each award ({@code heading}), and the member's choice (empty until chosen). The member
 * sends back {@code itemId} and {@code choice}.
 */
record BallotLine(String itemId, String heading, String label, String details, String choice) {
}
