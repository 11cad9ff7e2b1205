package vn.laichau.sxd.thidua.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.laichau.sxd.thidua.Http;
import vn.laichau.sxd.thidua.ThiduaTest;

/** Bodies over the configured size are refused at once with 413 and a Vietnamese message; nothing is read or changed. */
@ThiduaTest
class RequestSizeLimitTest {

  static final int MB = 1024 * 1024;

  @Autowired JdbcTemplate jdbc;
  @LocalServerPort int port;

  @Test
  void anOversizedBodyIsRefusedQuickly() {
    Http http = new Http(port);
    int people = jdbc.queryForObject("SELECT COUNT(*) FROM person", Integer.class);
    long started = System.nanoTime();
    Http.Response organisation = http.post("/api/organisation", "admin", "application/yaml", "#".repeat(21 * MB));
    Http.Response completion = http.post("/engine-rest/task/khong-co/complete", "truongphong.qhkt", "{\"x\":\"" + "a".repeat(6 * MB) + "\"}");
    long seconds = (System.nanoTime() - started) / 1_000_000_000L;

    for (Http.Response response : new Http.Response[] {organisation, completion}) {
      assertThat(response.status()).isEqualTo(413);
      assertThat(response.json().path("message").asText()).isEqualTo("Nội dung gửi lên quá lớn.");
    }
    assertThat(seconds).as("refused without processing").isLessThan(20);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM person", Integer.class)).isEqualTo(people);
  }

  @Test
  void aBodyWithoutADeclaredLengthIsCutOffAtTheLimit() {
    Http http = new Http(port);
    byte[] body = ("{\"variables\":{\"x\":{\"value\":\"" + "a".repeat(6 * MB) + "\"}}}").getBytes();
    Http.Response response = http.send(http.request("/engine-rest/process-definition/key/periodic-review/start", "thuky")
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))));
    assertThat(response.status()).isEqualTo(413);
    assertThat(response.json().path("message").asText()).isEqualTo("Nội dung gửi lên quá lớn.");
  }

  @Test
  void anImportUnderItsOwnLimitIsRead() {
    Http http = new Http(port);
    Http.Response response = http.post("/api/organisation", "admin", "application/yaml", "units: [\n" + " ".repeat(6 * MB) + "]\n");
    assertThat(response.status()).as("read and judged on its content, not refused for its size").isEqualTo(400);
  }
}
