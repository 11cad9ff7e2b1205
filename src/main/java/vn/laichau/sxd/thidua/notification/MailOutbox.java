package vn.laichau.sxd.thidua.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The outbox table. Rows are written inside the transaction of the step that causes them; the sender
 * claims a row with one conditional update before it sends it, so that two nodes never hold the same
 * row, and a claim that outlives its node (killed while sending) lapses and is taken again.
 */
@Repository
class MailOutbox {

  private static final String COLUMNS = "id, kind, recipient, address, subject, html_body, text_body, status, attempts, last_error,"
      + " created_at";
  private static final int ERROR_LIMIT = 1000;

  private final JdbcTemplate jdbc;

  MailOutbox(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Writes the message unless one with the same key exists (a retried step); true when it was new. */
  boolean add(String dedupKey, MailKind kind, Recipient recipient, ComposedMail mail, String itemJson, OutboxStatus status,
      String note, Instant now) {
    Integer existing = jdbc.queryForObject("SELECT COUNT(*) FROM mail_outbox WHERE dedup_key = ?", Integer.class, dedupKey);
    if (existing > 0) {
      return false;
    }
    jdbc.update("INSERT INTO mail_outbox (dedup_key, kind, recipient, address, subject, html_body, text_body, item_json, status,"
            + " next_attempt_at, last_error, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        dedupKey, kind.name(), recipient.username(), recipient.address(), mail.subject(), mail.html(), mail.text(), itemJson,
        status.name(), Timestamp.from(now), note, Timestamp.from(now));
    return true;
  }

  /** Up to {@code limit} due messages, each now claimed by {@code node} until {@code until}; rows another node won are left out. */
  List<OutboxMessage> claimDue(String node, Instant now, Instant until, int limit) {
    Timestamp at = Timestamp.from(now);
    List<Long> candidates = jdbc.queryForList("SELECT id FROM mail_outbox WHERE status = 'PENDING' AND next_attempt_at <= ?"
        + " AND (claimed_until IS NULL OR claimed_until < ?) ORDER BY id FETCH FIRST " + limit + " ROWS ONLY", Long.class, at, at);
    List<OutboxMessage> claimed = new ArrayList<>();
    for (long id : candidates) {
      int won = jdbc.update("UPDATE mail_outbox SET claimed_by = ?, claimed_until = ? WHERE id = ? AND status = 'PENDING'"
          + " AND (claimed_until IS NULL OR claimed_until < ?)", node, Timestamp.from(until), id, at);
      if (won == 1) {
        claimed.add(find(id));
      }
    }
    return claimed;
  }

  void markSent(long id, String node, Instant at) {
    jdbc.update("UPDATE mail_outbox SET status = 'SENT', sent_at = ?, attempts = attempts + 1, claimed_until = NULL, last_error = NULL"
        + " WHERE id = ? AND claimed_by = ?", Timestamp.from(at), id, node);
  }

  void markRetry(long id, String node, Instant nextAttempt, String error) {
    jdbc.update("UPDATE mail_outbox SET attempts = attempts + 1, next_attempt_at = ?, claimed_until = NULL, last_error = ?"
        + " WHERE id = ? AND claimed_by = ?", Timestamp.from(nextAttempt), clip(error), id, node);
  }

  void markFailed(long id, String node, String error) {
    jdbc.update("UPDATE mail_outbox SET status = 'FAILED', attempts = attempts + 1, claimed_until = NULL, last_error = ?"
        + " WHERE id = ? AND claimed_by = ?", clip(error), id, node);
  }

  OutboxMessage find(long id) {
    return jdbc.queryForObject("SELECT " + COLUMNS + " FROM mail_outbox WHERE id = ?", MailOutbox::message, id);
  }

  /** The person's messages, newest first, except the task notices already folded into a digest. */
  List<OutboxMessage> forRecipient(String username, int limit) {
    return jdbc.query("SELECT " + COLUMNS + " FROM mail_outbox WHERE recipient = ? AND status <> 'IN_DIGEST'"
        + " ORDER BY created_at DESC, id DESC FETCH FIRST " + limit + " ROWS ONLY", MailOutbox::message, username);
  }

  List<OutboxMessage> failed(int limit) {
    return jdbc.query("SELECT " + COLUMNS + " FROM mail_outbox WHERE status = 'FAILED' ORDER BY created_at DESC, id DESC"
        + " FETCH FIRST " + limit + " ROWS ONLY", MailOutbox::message);
  }

  /** People with task notices waiting for a digest, written before {@code before}. */
  List<String> digestRecipients(Instant before) {
    return jdbc.queryForList("SELECT DISTINCT recipient FROM mail_outbox WHERE status = 'DIGEST_ITEM' AND created_at < ? ORDER BY recipient",
        String.class, Timestamp.from(before));
  }

  record DigestItem(long id, String json) {
  }

  List<DigestItem> digestItems(String recipient, Instant before) {
    return jdbc.query("SELECT id, item_json FROM mail_outbox WHERE status = 'DIGEST_ITEM' AND recipient = ? AND created_at < ? ORDER BY id",
        (rs, i) -> new DigestItem(rs.getLong(1), rs.getString(2)), recipient, Timestamp.from(before));
  }

  /** Marks the items as folded into the digest; false when another node folded one of them first. */
  boolean fold(List<DigestItem> items, Long digestId) {
    int folded = 0;
    for (DigestItem item : items) {
      folded += jdbc.update("UPDATE mail_outbox SET status = 'IN_DIGEST', digest_id = ? WHERE id = ? AND status = 'DIGEST_ITEM'",
          digestId, item.id());
    }
    return folded == items.size();
  }

  Long idOf(String dedupKey) {
    return jdbc.queryForList("SELECT id FROM mail_outbox WHERE dedup_key = ?", Long.class, dedupKey).stream().findFirst().orElse(null);
  }

  private static String clip(String error) {
    return error == null || error.length() <= ERROR_LIMIT ? error : error.substring(0, ERROR_LIMIT - 1) + "…";
  }

  private static OutboxMessage message(ResultSet rs, int row) throws SQLException {
    return new OutboxMessage(rs.getLong(1), MailKind.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4), rs.getString(5),
        rs.getString(6), rs.getString(7), OutboxStatus.valueOf(rs.getString(8)), rs.getInt(9), rs.getString(10),
        rs.getTimestamp(11).toInstant());
  }
}
