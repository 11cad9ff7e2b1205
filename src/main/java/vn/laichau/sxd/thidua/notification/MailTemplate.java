package vn.laichau.sxd.thidua.notification;

import java.time.Instant;

/**
 * The three parts of a kind's template (Thymeleaf: the subject and the text in TEXT mode, the body in
 * HTML mode) and who last changed it; {@code changedBy} is null for the shipped version.
 */
record MailTemplate(MailKind kind, String subject, String html, String text, String changedBy, Instant changedAt) {
}
