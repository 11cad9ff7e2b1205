package vn.laichau.sxd.thidua.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.laichau.sxd.thidua.Http;
import vn.laichau.sxd.thidua.ThiduaTest;

/** /engine-rest, /api and Actuator (DESIGN §7). */
@ThiduaTest
class ApiAuthenticationTest {

  @LocalServerPort int port;
  Http http;

  @BeforeEach
  void setUp() {
    http = new Http(port);
  }

  @Test
  void theApisRefuseRequestsWithoutCredentials() {
    assertThat(http.get("/engine-rest/task?maxResults=10", null).status()).isEqualTo(401);
    assertThat(http.get("/engine-rest/process-definition?maxResults=10", null).status()).isEqualTo(401);
    assertThat(http.get("/engine-rest/user?maxResults=10", null).status()).isEqualTo(401);
    assertThat(http.get("/api/organisation/units", null).status()).isEqualTo(401);
    assertThat(http.get("/engine-rest/task?maxResults=10", null).headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
        value -> assertThat(value).startsWith("Basic"));
  }

  @Test
  void basicAuthenticationWorksWithCamundaAccounts() {
    assertThat(http.get("/engine-rest/task?maxResults=10", "truongphong.qhkt").status()).isEqualTo(200);
    assertThat(http.get("/api/organisation/units", "giamdoc").status()).isEqualTo(200);
    var wrongPassword = http.send(http.request("/engine-rest/task?maxResults=10", null)
        .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("cuong.dc.vp:sai-mat-khau".getBytes())));
    assertThat(wrongPassword.status()).isEqualTo(401);
  }

  @Test
  void actuatorExposesOnlyHealthInfoAndPrometheus() {
    assertThat(http.get("/actuator/health", null).status()).isEqualTo(200);
    assertThat(http.get("/actuator/info", null).status()).isEqualTo(200);
    assertThat(http.get("/actuator/prometheus", null).status()).isEqualTo(401);
    assertThat(http.get("/actuator/prometheus", "admin").status()).isEqualTo(200);
    for (String hidden : new String[] {"env", "beans", "configprops", "heapdump", "loggers", "mappings", "threaddump"}) {
      assertThat(http.get("/actuator/" + hidden, "admin").status()).as(hidden).isEqualTo(404);
    }
  }

  @Test
  void demoServesNoHstsOverPlainHttp() {
    var response = http.send(http.request("/actuator/health", null).header("X-Forwarded-Proto", "https"));
    assertThat(response.headers().firstValue("Strict-Transport-Security")).isEmpty();
  }
}
