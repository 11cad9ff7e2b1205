package vn.laichau.sxd.thidua.notification;

/** A message as it will be sent: subject, HTML body and the same in plain text. */
record ComposedMail(String subject, String html, String text) {
}
