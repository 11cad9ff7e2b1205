package vn.laichau.sxd.thidua.notification;

import java.time.Instant;

/** A row of the outbox. */
record OutboxMessage(long id, MailKind kind, String recipient, String address, String subject, String html, String text,
    OutboxStatus status, int attempts, String lastError, Instant createdAt) {
}
