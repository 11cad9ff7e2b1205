package vn.laichau.sxd.thidua.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** A verified password is remembered for a minute, for that user and that password only. */
class VerifiedCredentialsTest {

  private final AtomicLong nanos = new AtomicLong();
  private final VerifiedCredentials verified = new VerifiedCredentials(nanos::get);
  private final List<GrantedAuthority> groups = List.of(new SimpleGrantedAuthority("director"));

  @Test
  void onlyTheSamePasswordOfTheSameUserWithinAMinute() {
    verified.remember("giamdoc", "demo", groups);

    assertThat(verified.groups("giamdoc", "demo")).contains(groups);
    assertThat(verified.groups("giamdoc", "demo ")).isEmpty();
    assertThat(verified.groups("giamdoc", "Demo")).isEmpty();
    assertThat(verified.groups("giamdo", "cdemo")).as("the boundary between name and password counts").isEmpty();
    assertThat(verified.groups("phogiamdoc", "demo")).isEmpty();

    nanos.addAndGet(Duration.ofSeconds(59).toNanos());
    assertThat(verified.groups("giamdoc", "demo")).isPresent();
    nanos.addAndGet(Duration.ofSeconds(2).toNanos());
    assertThat(verified.groups("giamdoc", "demo")).as("checked again after a minute").isEmpty();
  }
}
