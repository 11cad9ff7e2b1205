package vn.laichau.sxd.thidua.notification;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Each person's choice of {@link TaskMode}; a person who never chose hears at once. */
@Repository
class MailPreferences {

  private final JdbcTemplate jdbc;

  MailPreferences(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  TaskMode of(String username) {
    return jdbc.queryForList("SELECT task_mode FROM mail_preference WHERE username = ?", String.class, username).stream()
        .findFirst().map(TaskMode::valueOf).orElse(TaskMode.IMMEDIATE);
  }

  void set(String username, TaskMode mode, Instant at) {
    if (jdbc.update("UPDATE mail_preference SET task_mode = ?, changed_at = ? WHERE username = ?", mode.name(), Timestamp.from(at), username) == 0) {
      jdbc.update("INSERT INTO mail_preference (username, task_mode, changed_at) VALUES (?, ?, ?)", username, mode.name(), Timestamp.from(at));
    }
  }
}
