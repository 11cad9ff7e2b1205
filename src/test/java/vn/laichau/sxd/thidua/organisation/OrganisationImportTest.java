package vn.laichau.sxd.thidua.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.laichau.sxd.thidua.Http;
import vn.laichau.sxd.thidua.ThiduaTest;

@ThiduaTest
class OrganisationImportTest {

  @Autowired IdentityService identityService;
  @Autowired AuthorizationService authorizationService;
  @Autowired OrganisationService organisation;
  @Autowired JdbcTemplate jdbc;
  @LocalServerPort int port;
  Http http;
  String demoFile;

  @BeforeEach
  void setUp() throws IOException {
    http = new Http(port);
    demoFile = new ClassPathResource("organisation/demo-organisation.yaml").getContentAsString(StandardCharsets.UTF_8);
  }

  @AfterEach
  void restoreDemoOrganisation() {
    organisation.importFile(new StringReader(demoFile), Http.DEMO_PASSWORD);
  }

  private List<String> members(String group) {
    return identityService.createUserQuery().memberOfGroup(group).list().stream().map(User::getId).sorted().toList();
  }

  @Test
  void theDemoOrganisationIsInCamundaWithTheGroupsOfTheContract() {
    assertThat(members("council")).containsExactly("bithudoan", "chanhvanphong", "chutichcongdoan", "giamdoc", "phogiamdoc",
        "truongphong.kchtgt", "truongphong.khtc", "truongphong.qhkt", "truongphong.qlxd");
    assertThat(members("council-chair")).containsExactly("giamdoc");
    assertThat(members("director")).containsExactly("giamdoc", "phogiamdoc");
    assertThat(members("secretariat")).containsExactly("chanhvanphong", "thuky");
    assertThat(members("managers")).containsExactly("chanhvanphong", "giamdoc", "phogiamdoc");
    assertThat(members("unit-head-vp")).containsExactly("chanhvanphong");
    assertThat(members("unit-head-qhkt")).contains("truongphong.qhkt").hasSize(2);
    assertThat(members("unit-qhkt")).contains("truongphong.qhkt", "bithudoan").hasSizeGreaterThanOrEqualTo(5);
    assertThat(members("camunda-admin")).contains("admin");
    assertThat(identityService.checkPassword("truongphong.qhkt", "demo")).isTrue();
    assertThat(identityService.createUserQuery().userId("truongphong.qhkt").singleResult().getFirstName()).isEqualTo("Nguyễn Thị Thu");
  }

  @Test
  void importingTheSameFileAgainChangesNothing() {
    long users = identityService.createUserQuery().count();
    long groups = identityService.createGroupQuery().count();
    long authorizations = authorizationService.createAuthorizationQuery().count();
    List<String> council = members("council");

    organisation.importFile(new StringReader(demoFile), Http.DEMO_PASSWORD);

    assertThat(identityService.createUserQuery().count()).isEqualTo(users);
    assertThat(identityService.createGroupQuery().count()).isEqualTo(groups);
    assertThat(authorizationService.createAuthorizationQuery().count()).isEqualTo(authorizations);
    assertThat(members("council")).isEqualTo(council);
  }

  @Test
  void theSecretariatImportsAChangedOrganisationThroughTheApi() {
    String changed = demoFile
        .replace("{username: bithudoan, fullName: \"Giàng A Chư\", position: \"Chuyên viên, Bí thư Đoàn cơ sở\", unit: QHKT,",
            "{username: bithudoan, fullName: \"Giàng A Chư\", position: \"Chuyên viên, Bí thư Đoàn cơ sở\", unit: QLXD,")
        .replaceAll("(?m)^  - \\{username: an\\.nv\\.vp,.*\\n", "")
        + "  - {username: moi.nv.vp, fullName: \"Nguyễn Văn Mới\", position: \"Chuyên viên\", unit: VP, category: CONG_CHUC}\n";
    assertThat(changed).isNotEqualTo(demoFile).doesNotContain("an.nv.vp");

    Http.Response response = http.post("/api/organisation", "thuky", "application/yaml", changed);

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.json().path("people").asInt()).isEqualTo(54);
    assertThat(members("unit-qlxd")).contains("bithudoan");
    assertThat(members("unit-qhkt")).doesNotContain("bithudoan");
    assertThat(identityService.createUserQuery().userId("an.nv.vp").count()).as("departed staff cannot sign in").isZero();
    assertThat(jdbc.queryForObject("SELECT active FROM person WHERE username = 'an.nv.vp'", Boolean.class)).isFalse();
    assertThat(members("unit-vp")).contains("moi.nv.vp");
    assertThat(identityService.checkPassword("moi.nv.vp", "demo")).as("imported accounts get no password").isFalse();
  }

  @Test
  void aMalformedFileIsRefusedWithLineAndReasonAndChangesNothing() {
    long users = identityService.createUserQuery().count();
    long people = jdbc.queryForObject("SELECT COUNT(*) FROM person WHERE active", Long.class);
    String broken = demoFile.replace("unit: TTBT, email:", "unit: TTBX, email:")
        + "  - {username: khong.ten, position: \"Chuyên viên\", unit: VP, category: CONG_CHUC}\n";

    Http.Response response = http.post("/api/organisation", "thuky", "application/yaml", broken);

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().path("message").asText()).isEqualTo("Tệp tổ chức không hợp lệ, không có gì được nhập.");
    assertThat(response.json().path("problems").toString())
        .contains("đơn vị 'TTBX' không có trong mục 'units'.").contains("thiếu trường bắt buộc 'fullName'.").contains("Dòng ");
    assertThat(identityService.createUserQuery().count()).isEqualTo(users);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM person WHERE active", Long.class)).isEqualTo(people);
  }

  @Test
  void onlyTheSecretariatAndAdministratorsMayImport() {
    assertThat(http.post("/api/organisation", "truongphong.qhkt", "application/yaml", demoFile).status()).isEqualTo(403);
    assertThat(http.post("/api/organisation", null, "application/yaml", demoFile).status()).isEqualTo(401);
    assertThat(http.post("/api/organisation", "admin", "application/yaml", demoFile).status()).isEqualTo(200);
  }

  @Test
  void everyoneSignedInCanListTheUnits() {
    Http.Response response = http.get("/api/organisation/units", "truongphong.qhkt");
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.json().findValuesAsText("code")).hasSize(10).startsWith("VP", "KHTC");
  }
}
