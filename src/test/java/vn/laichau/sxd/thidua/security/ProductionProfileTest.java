package vn.laichau.sxd.thidua.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import vn.laichau.sxd.thidua.Http;

/**
 * The prod profile with its environment given (DESIGN §6, §7). It runs on its own in-memory
 * database and in its own JVM (a surefire execution of its own, see pom.xml): the Camunda
 * webapps and REST API keep JVM-wide state, so two application contexts must not share a JVM.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "SPRING_DATASOURCE_URL=jdbc:h2:mem:thidua-prod;DB_CLOSE_DELAY=-1",
    "SPRING_DATASOURCE_USERNAME=sa",
    "SPRING_DATASOURCE_PASSWORD=not-empty",
    "spring.datasource.url=jdbc:h2:mem:thidua-prod;DB_CLOSE_DELAY=-1",
    "spring.datasource.password=",
    "THIDUA_ADMIN_USER=quantri",
    "THIDUA_ADMIN_PASSWORD=Quan-tri-He-thong-2026!",
    "camunda.bpm.job-execution.enabled=false"})
@ActiveProfiles("prod")
class ProductionProfileTest {

  @Autowired IdentityService identityService;
  @LocalServerPort int port;
  Http http;

  @BeforeEach
  void setUp() {
    http = new Http(port);
  }

  @Test
  void createsTheAdministratorFromTheEnvironmentAndNoDemoAccounts() {
    assertThat(identityService.createUserQuery().userId("quantri").memberOfGroup("camunda-admin").count()).isEqualTo(1);
    assertThat(identityService.checkPassword("quantri", "Quan-tri-He-thong-2026!")).isTrue();
    assertThat(identityService.createUserQuery().userIdIn("admin", "giamdoc", "truongphong.qhkt", "thuky").count()).isZero();
    assertThat(identityService.createGroupQuery().groupId("council").count()).as("no organisation until one is imported").isZero();
  }

  @Test
  void sendsHstsOverHttps() {
    var response = http.send(http.request("/actuator/health", null).header("X-Forwarded-Proto", "https"));
    assertThat(response.headers().firstValue("Strict-Transport-Security"))
        .hasValueSatisfying(value -> assertThat(value).contains("max-age=31536000").contains("includeSubDomains"));
  }

  @Test
  void sessionCookiesAreSecure() {
    var response = http.send(http.request("/camunda/app/tasklist/", null).header("X-Forwarded-Proto", "https"));
    assertThat(response.headers().allValues("Set-Cookie"))
        .filteredOn(cookie -> cookie.startsWith("JSESSIONID"))
        .isNotEmpty()
        .allSatisfy(cookie -> assertThat(cookie).contains("Secure").contains("HttpOnly"));
  }

  @Test
  void withoutAMailHostItRunsWithMailOffAndSaysSo() {
    String credentials = java.util.Base64.getEncoder().encodeToString("quantri:Quan-tri-He-thong-2026!".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    var response = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/api/mail/problems"))
        .header("Authorization", "Basic " + credentials));
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.json().path("mailOn").asBoolean()).isFalse();
    assertThat(http.get("/actuator/health", null).status()).as("healthy without mail").isEqualTo(200);
  }

  @Test
  void theApisStillRequireAuthentication() {
    assertThat(http.get("/engine-rest/task?maxResults=10", null).status()).isEqualTo(401);
  }
}
