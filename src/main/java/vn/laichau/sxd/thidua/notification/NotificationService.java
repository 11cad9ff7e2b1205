package vn.laichau.sxd.thidua.notification;

import java.sql.Timestamp;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * In-app notices to groups of users, stored beside the engine's state in the same transaction as the step
 * that sends them. A notice has a key: sending it again (a retried job) changes nothing.
 */
@Service
public class NotificationService {

  private final JdbcTemplate jdbc;
  private final MailNotices mail;

  public NotificationService(JdbcTemplate jdbc, MailNotices mail) {
    this.jdbc = jdbc;
    this.mail = mail;
  }

  /**
   * Stores the notice unless one with the same key exists, and writes an e-mail for each member of
   * the group to the outbox (deadlines are always sent at once); true when it was new.
   */
  public boolean send(String dedupKey, String recipientGroup, String subject, String body) {
    Integer existing = jdbc.queryForObject("SELECT COUNT(*) FROM notice WHERE dedup_key = ?", Integer.class, dedupKey);
    if (existing > 0) {
      return false;
    }
    jdbc.update("INSERT INTO notice (dedup_key, recipient_group, subject, body, created_at) VALUES (?, ?, ?, ?, ?)",
        dedupKey, recipientGroup, subject, body, new Timestamp(ClockUtil.getCurrentTime().getTime()));
    mail.toGroups(MailKind.REMINDER, "notice:" + dedupKey, List.of(recipientGroup),
        MailContent.of(subject).withText(body).withLink(MailNotices.TASKLIST, "Mở danh sách công việc"));
    return true;
  }

  /** The latest notices for any of the groups, newest first. */
  public List<Notice> forGroups(List<String> groups, int limit) {
    if (groups.isEmpty()) {
      return List.of();
    }
    String in = String.join(",", groups.stream().map(g -> "?").toList());
    Object[] arguments = groups.toArray();
    return jdbc.query("SELECT id, recipient_group, subject, body, created_at FROM notice WHERE recipient_group IN (" + in + ")"
            + " ORDER BY created_at DESC, id DESC FETCH FIRST " + limit + " ROWS ONLY",
        (rs, i) -> new Notice(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getTimestamp(5).toInstant()),
        arguments);
  }
}
