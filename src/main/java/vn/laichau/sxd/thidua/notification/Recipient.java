package vn.laichau.sxd.thidua.notification;

/** A person a notice goes to: login name, full name, and e-mail address (null when the person has none). */
record Recipient(String username, String name, String address) {
}
