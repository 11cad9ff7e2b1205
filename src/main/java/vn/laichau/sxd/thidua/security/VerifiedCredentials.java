package vn.laichau.sxd.thidua.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;

/**
 * HTTP Basic sends the password with every request; checking it and reading the user's groups each time cost two
 * engine commands per request. A successful check is kept for {@link #KEPT}, the way the
 * Camunda webapps keep a login's groups in their session: a changed password, group or removed account takes effect
 * within that time on every node. Only a keyed hash of the credentials is held (the key lives in this process's
 * memory only), never the password; a wrong password is never kept. The login throttle is still asked before this
 * (a held address gets no answer about any password, right or wrong).
 */
final class VerifiedCredentials {

  static final Duration KEPT = Duration.ofSeconds(60);
  private static final String MAC = "HmacSHA256";

  private final Cache<String, List<GrantedAuthority>> recent;
  private final SecretKeySpec key;

  VerifiedCredentials() {
    this(Ticker.systemTicker());
  }

  VerifiedCredentials(Ticker ticker) {
    this.recent = Caffeine.newBuilder().expireAfterWrite(KEPT).maximumSize(10_000).ticker(ticker).build();
    byte[] secret = new byte[32];
    new SecureRandom().nextBytes(secret);
    this.key = new SecretKeySpec(secret, MAC);
  }

  /** The groups of a user whose credentials were verified within the last minute. */
  Optional<List<GrantedAuthority>> groups(String username, String password) {
    return Optional.ofNullable(recent.getIfPresent(fingerprint(username, password)));
  }

  void remember(String username, String password, List<GrantedAuthority> groups) {
    recent.put(fingerprint(username, password), List.copyOf(groups));
  }

  private String fingerprint(String username, String password) {
    try {
      Mac mac = Mac.getInstance(MAC);
      mac.init(key);
      mac.update(username.getBytes(StandardCharsets.UTF_8));
      mac.update((byte) 0);
      return HexFormat.of().formatHex(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
    }
  }
}
