package vn.laichau.sxd.thidua.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.laichau.sxd.thidua.Http;
import vn.laichau.sxd.thidua.ThiduaTest;

/** CVE-2026-77226: no first-run setup, and camunda-admin always keeps a direct member. */
@ThiduaTest
class AdministratorProtectionTest {

  @Autowired IdentityService identityService;
  @Autowired AdministratorAccount administratorAccount;
  @LocalServerPort int port;
  Http http;

  @BeforeEach
  void setUp() {
    http = new Http(port);
  }

  @AfterEach
  void cleanUp() {
    if (identityService.createUserQuery().userId("quantri2").count() > 0) {
      identityService.deleteUser("quantri2");
    }
    administratorAccount.run(null);
  }

  private boolean isAdministrator(String userId) {
    return identityService.createUserQuery().userId(userId).memberOfGroup("camunda-admin").count() > 0;
  }

  @Test
  void theAdminSetupPathIsBlockedWhateverTheRequest() {
    String body = "{\"profile\":{\"id\":\"ke.gian\",\"firstName\":\"K\",\"lastName\":\"G\"},\"credentials\":{\"password\":\"Ke-gian-2026!\"}}";
    var browser = http.login("tasklist", "truongphong.qhkt", "demo");
    assertThat(http.post("/camunda/api/admin/setup/default/user/create", null, body).status()).isEqualTo(403);
    assertThat(browser.post("/camunda/api/admin/setup/default/user/create", body).status()).isEqualTo(403);
    assertThat(http.get("/camunda/api/admin/setup/default/user/create", null).status()).isEqualTo(403);
    assertThat(http.post("/camunda/api/admin/setup/default/user/create", "admin", body).status()).isEqualTo(403);
    assertThat(identityService.createUserQuery().userId("ke.gian").count()).isZero();
  }

  @Test
  void theAdministratorIsADirectMemberOfCamundaAdmin() {
    assertThat(isAdministrator("admin")).isTrue();
    assertThat(identityService.createGroupQuery().groupMember("admin").groupId("camunda-admin").count()).isEqualTo(1);
  }

  @Test
  void theLastDirectMemberCannotBeRemovedThroughEitherApi() {
    assertThat(identityService.createUserQuery().memberOfGroup("camunda-admin").list()).extracting(User::getId).containsExactly("admin");

    assertThat(http.delete("/engine-rest/group/camunda-admin/members/admin", "admin").status()).isEqualTo(409);
    assertThat(http.delete("/engine-rest/user/admin", "admin").status()).isEqualTo(409);
    assertThat(http.delete("/engine-rest/group/camunda-admin", "admin").status()).isEqualTo(409);
    var adminApp = http.login("admin", "admin", "demo");
    assertThat(adminApp.loginResponse().status()).isEqualTo(200);
    var viaWebapp = adminApp.send(java.net.http.HttpRequest.newBuilder(
        java.net.URI.create("http://localhost:" + port + "/camunda/api/engine/engine/default/group/camunda-admin/members/admin")).DELETE());
    assertThat(viaWebapp.status()).isEqualTo(409);

    assertThat(isAdministrator("admin")).isTrue();
  }

  @Test
  void anotherMemberCanBeRemovedWhileOneRemains() {
    User second = identityService.newUser("quantri2");
    second.setPassword("Quan-tri-2026!");
    identityService.saveUser(second);
    identityService.createMembership("quantri2", "camunda-admin");

    assertThat(http.delete("/engine-rest/group/camunda-admin/members/quantri2", "admin").status()).isEqualTo(204);
    assertThat(isAdministrator("quantri2")).isFalse();
  }

  @Test
  void everyStartRestoresTheAdministratorsMembership() {
    identityService.deleteMembership("admin", "camunda-admin");
    assertThat(isAdministrator("admin")).isFalse();

    administratorAccount.run(null);

    assertThat(isAdministrator("admin")).isTrue();
  }
}
