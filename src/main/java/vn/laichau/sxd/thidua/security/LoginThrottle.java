package vn.laichau.sxd.thidua.security;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing per account and client address, in the database so that every node
 * sees the same count. After {@code free} wrong passwords from one address, that address waits 30
 * seconds before the next try for that account, doubling with each further failure up to 15 minutes;
 * a correct password clears the count. Another address — the real person's — is never held back.
 */
@Component
class LoginThrottle {

  private static final Duration FIRST_WAIT = Duration.ofSeconds(30);
  private static final Duration LONGEST_WAIT = Duration.ofMinutes(15);
  private static final Duration FORGOTTEN_AFTER = Duration.ofDays(1);

  private final JdbcTemplate jdbc;
  private final int free;

  LoginThrottle(JdbcTemplate jdbc, @Value("${thidua.security.login-free-attempts:5}") int free) {
    this.jdbc = jdbc;
    this.free = free;
  }

  /** One login attempt of an account from an address: its standing is read once, before the password is checked. */
  final class Attempt {
    private final String username;
    private final String client;
    private final boolean failedBefore;
    private final Timestamp blockedUntil;

    private Attempt(String username, String client, boolean failedBefore, Timestamp blockedUntil) {
      this.username = username;
      this.client = client;
      this.failedBefore = failedBefore;
      this.blockedUntil = blockedUntil;
    }

    /** How long this address must still wait before trying this account again, if at all. */
    Optional<Duration> mustWait() {
      Instant now = now();
      return blockedUntil != null && blockedUntil.toInstant().isAfter(now)
          ? Optional.of(Duration.between(now, blockedUntil.toInstant())) : Optional.empty();
    }

    void failed() {
      LoginThrottle.this.failed(username, client);
    }

    /** A correct password clears the count; most logins have none, and then touch nothing. */
    void succeeded() {
      if (failedBefore) {
        jdbc.update("DELETE FROM login_failure WHERE username = ? AND client = ?", username, client);
      }
    }
  }

  Attempt attempt(String username, String client) {
    String account = key(username);
    List<Timestamp> blocked = jdbc.query("SELECT blocked_until FROM login_failure WHERE username = ? AND client = ?",
        (rs, i) -> rs.getTimestamp(1), account, client);
    return new Attempt(account, client, !blocked.isEmpty(), blocked.isEmpty() ? null : blocked.get(0));
  }

  private void failed(String account, String client) {
    Instant now = now();
    jdbc.update("DELETE FROM login_failure WHERE last_failure < ?", Timestamp.from(now.minus(FORGOTTEN_AFTER)));
    if (countFailure(account, client, now) == 0) {
      try {
        jdbc.update("INSERT INTO login_failure (username, client, failures, last_failure) VALUES (?, ?, 1, ?)",
            account, client, Timestamp.from(now));
      } catch (DuplicateKeyException concurrent) {
        countFailure(account, client, now);
      }
    }
    int failures = jdbc.queryForObject("SELECT failures FROM login_failure WHERE username = ? AND client = ?", Integer.class,
        account, client);
    if (failures >= free) {
      Duration wait = FIRST_WAIT.multipliedBy(1L << Math.min(failures - free, 10));
      Instant until = now.plus(wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait);
      jdbc.update("UPDATE login_failure SET blocked_until = ? WHERE username = ? AND client = ?", Timestamp.from(until), account, client);
    }
  }

  private int countFailure(String account, String client, Instant now) {
    return jdbc.update("UPDATE login_failure SET failures = failures + 1, last_failure = ? WHERE username = ? AND client = ?",
        Timestamp.from(now), account, client);
  }

  private static String key(String username) {
    String name = username == null ? "" : username.strip();
    return name.length() > 128 ? name.substring(0, 128) : name;
  }

  private static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  /** What the person reads while their address waits. */
  static String message(Duration wait) {
    long minutes = Math.max(1, (wait.getSeconds() + 59) / 60);
    return "Đã nhập sai mật khẩu nhiều lần từ máy này; hãy thử lại sau " + minutes + " phút.";
  }
}
