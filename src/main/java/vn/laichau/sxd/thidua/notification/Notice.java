package vn.laichau.sxd.thidua.notification;

import java.time.Instant;

/** A reminder or follow-up addressed to a group of users. */
record Notice(long id, String recipientGroup, String subject, String body, Instant createdAt) {
}
