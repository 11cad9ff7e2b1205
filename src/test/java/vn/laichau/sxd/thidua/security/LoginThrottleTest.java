package vn.laichau.sxd.thidua.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.laichau.sxd.thidua.Http;
import vn.laichau.sxd.thidua.ThiduaTest;

/**
 * Wrong passwords cannot lock a person out, and still cannot be guessed fast: they are throttled
 * per account and client address, for HTTP Basic and the webapps' login alike.
 */
@ThiduaTest
class LoginThrottleTest {

  static final String ATTACKER = "203.0.113.7";
  static final String DIRECTOR_PC = "198.51.100.9";

  @Autowired JdbcTemplate jdbc;
  @LocalServerPort int port;
  Http http;

  @BeforeEach
  void clean() {
    http = new Http(port);
    jdbc.update("DELETE FROM login_failure");
  }

  @AfterEach
  void reset() {
    ClockUtil.reset();
    jdbc.update("DELETE FROM login_failure");
  }

  private Http.Response basic(String user, String password, String from) {
    String credentials = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    return http.send(http.request("/engine-rest/task/count", null).header("Authorization", "Basic " + credentials)
        .header("X-Forwarded-For", from).GET());
  }

  private Http.Response webappLogin(String user, String password, String from) {
    return http.login("tasklist", user, password, from).loginResponse();
  }

  @Test
  void oneWrongPasswordDoesNotStopTheNextCorrectOne() {
    assertThat(basic("giamdoc", "sai", ATTACKER).status()).isEqualTo(401);
    assertThat(basic("giamdoc", Http.DEMO_PASSWORD, ATTACKER).status()).isEqualTo(200);
    assertThat(webappLogin("giamdoc", "sai", ATTACKER).status()).isEqualTo(401);
    assertThat(webappLogin("giamdoc", Http.DEMO_PASSWORD, ATTACKER).status()).isEqualTo(200);
  }

  @Test
  void guessingFromOneAddressIsSlowedWhileThePersonWorksFromAnother() {
    for (int attempt = 0; attempt < 3; attempt++) {
      assertThat(basic("giamdoc", "doan-" + attempt, ATTACKER).status()).isEqualTo(401);
    }
    for (int attempt = 0; attempt < 2; attempt++) {
      assertThat(webappLogin("giamdoc", "doan-web-" + attempt, ATTACKER).status()).isEqualTo(401);
    }
    Http.Response held = basic("giamdoc", Http.DEMO_PASSWORD, ATTACKER);
    assertThat(held.status()).as("even the right password waits").isEqualTo(429);
    assertThat(held.json().path("message").asText()).isEqualTo("Đã nhập sai mật khẩu nhiều lần từ máy này; hãy thử lại sau 1 phút.");
    assertThat(held.headers().firstValue("Retry-After")).hasValueSatisfying(seconds -> assertThat(Integer.parseInt(seconds)).isBetween(1, 30));
    assertThat(webappLogin("giamdoc", Http.DEMO_PASSWORD, ATTACKER).status()).isEqualTo(429);

    assertThat(basic("giamdoc", Http.DEMO_PASSWORD, DIRECTOR_PC).status()).as("the Director's own computer").isEqualTo(200);
    assertThat(webappLogin("giamdoc", Http.DEMO_PASSWORD, DIRECTOR_PC).status()).isEqualTo(200);
    assertThat(basic("phogiamdoc", Http.DEMO_PASSWORD, ATTACKER).status()).as("another account from that address").isEqualTo(200);

    ClockUtil.setCurrentTime(new Date(System.currentTimeMillis() + 31_000));
    assertThat(basic("giamdoc", "lai-sai", ATTACKER).status()).as("each further failure waits longer").isEqualTo(401);
    assertThat(basic("giamdoc", Http.DEMO_PASSWORD, ATTACKER).status()).isEqualTo(429);
    ClockUtil.setCurrentTime(new Date(System.currentTimeMillis() + 92_000));
    assertThat(basic("giamdoc", Http.DEMO_PASSWORD, ATTACKER).status()).isEqualTo(200);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM login_failure WHERE username = 'giamdoc'", Integer.class))
        .as("a correct password clears the count").isZero();
  }
}
