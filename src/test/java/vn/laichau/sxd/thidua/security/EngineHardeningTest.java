package vn.laichau.sxd.thidua.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.laichau.sxd.thidua.Http;
import vn.laichau.sxd.thidua.ThiduaTest;
import vn.laichau.sxd.thidua.registration.RegistrationTestSupport;

/** The remaining points of DESIGN §7, each by the behaviour it guarantees. */
@ThiduaTest
@ExtendWith(OutputCaptureExtension.class)
class EngineHardeningTest {

  @Autowired ProcessEngineConfigurationImpl configuration;
  @Autowired RuntimeService runtimeService;
  @Autowired IdentityService identityService;
  @Autowired JdbcTemplate jdbc;
  @LocalServerPort int port;
  Http http;
  String instanceId;

  @BeforeEach
  void setUp() {
    http = new Http(port);
    instanceId = RegistrationTestSupport.openFresh2027(runtimeService, jdbc);
  }

  @AfterEach
  void cleanUp() {
    ClockUtil.reset();
    if (identityService.createUserQuery().userId("nguoi.thu").count() > 0) {
      identityService.deleteUser("nguoi.thu");
    }
  }

  @Test
  void theEngineIsConfiguredAsTheBaselineRequires() {
    assertThat(configuration.isAuthorizationEnabled()).isTrue();
    assertThat(configuration.isJavaSerializationFormatEnabled()).isFalse();
    assertThat(configuration.isEnableExpressionsInAdhocQueries()).isFalse();
    assertThat(configuration.isEnablePasswordPolicy()).isTrue();
    assertThat(configuration.getDefaultUserPermissionNameForTask()).isEqualTo("TASK_WORK");
    assertThat(configuration.getQueryMaxResultsLimit()).isEqualTo(2000);
  }

  @Test
  void javaSerializedVariablesAreRefused() {
    // A serialized Java payload (here the string "a") is what an attacker would send.
    ObjectValue javaSerialized = Variables.serializedObjectValue("rO0ABXQAAWE=")
        .serializationDataFormat(Variables.SerializationDataFormats.JAVA).objectTypeName("java.lang.String").create();
    assertThatThrownBy(() -> runtimeService.setVariable(instanceId, "smuggled", javaSerialized))
        .isInstanceOf(ProcessEngineException.class);

    String body = "{\"value\":\"rO0ABXQAAWE=\",\"type\":\"Object\",\"valueInfo\":{\"objectTypeName\":\"java.lang.String\","
        + "\"serializationDataFormat\":\"application/x-java-serialized-object\"}}";
    Http.Response rest = http.send(http.request("/engine-rest/process-instance/" + instanceId + "/variables/smuggled", "admin")
        .header("Content-Type", "application/json").PUT(java.net.http.HttpRequest.BodyPublishers.ofString(body)));
    assertThat(rest.status()).isGreaterThanOrEqualTo(400);
    assertThat(runtimeService.getVariable(instanceId, "smuggled")).isNull();
  }

  @Test
  void objectsAreStoredAsJson() {
    runtimeService.setVariable(instanceId, "list", new ArrayList<>(List.of("a", "b")));
    ObjectValue stored = runtimeService.getVariableTyped(instanceId, "list", false);
    assertThat(stored.getSerializationDataFormat()).isEqualTo("application/json");
  }

  @Test
  void unboundedAndOversizedQueriesAreRefused() {
    assertThat(http.get("/engine-rest/task?maxResults=5000", "thuky").status()).isEqualTo(400);
    assertThat(http.get("/engine-rest/task", "thuky").status()).isEqualTo(400);
    assertThat(http.get("/engine-rest/task?maxResults=2000", "thuky").status()).isEqualTo(200);
  }

  @Test
  void weakPasswordsAreRefused() {
    String weak = "{\"profile\":{\"id\":\"nguoi.thu\",\"firstName\":\"Người\",\"lastName\":\"Thử\"},\"credentials\":{\"password\":\"demo\"}}";
    assertThat(http.post("/engine-rest/user/create", "admin", weak).status()).isGreaterThanOrEqualTo(400);
    assertThat(identityService.createUserQuery().userId("nguoi.thu").count()).isZero();

    String strong = weak.replace("\"demo\"", "\"Thi-dua-2026!\"");
    assertThat(http.post("/engine-rest/user/create", "admin", strong).status()).isEqualTo(204);
  }

  @Test
  void nobodyDeploysThroughTheApis() {
    Http.Response response = http.post("/engine-rest/deployment/create", "admin", "multipart/form-data; boundary=x",
        "--x\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\nthu\r\n--x--\r\n");
    assertThat(response.status()).isEqualTo(403);
  }

  @Test
  void aBadStartThroughRestGetsTheVietnameseReasonAndStartsNothing() {
    RegistrationTestSupport.cleanSlate(runtimeService, jdbc);
    Http.Response response = http.post("/engine-rest/process-definition/key/emulation-registration/start", "thuky",
        "{\"variables\":{\"year\":{\"value\":2031}}}");
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().path("message").asText()).isEqualTo("Mục «Năm đăng ký» phải trong khoảng 2026 đến 2030.");
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("emulation-registration").count()).isZero();
  }

  @Test
  void aRefusalIsNotLoggedAsAnEngineError(CapturedOutput output) {
    String task = http.get("/engine-rest/task?maxResults=1", "truongphong.qhkt").json().get(0).path("id").asText();
    assertThat(http.post("/engine-rest/task/" + task + "/complete", "truongphong.qhkt", "{}").status()).isEqualTo(400);
    assertThat(output.getOut()).doesNotContain("ENGINE-16004");
  }

  @Test
  void aRegistrationWithoutCandidatesThroughRestIsRefusedWith400() {
    String task = http.get("/engine-rest/task?maxResults=1", "truongphong.qhkt").json().get(0).path("id").asText();
    for (String action : new String[] {"complete", "submit-form"}) {
      Http.Response response = http.post("/engine-rest/task/" + task + "/" + action, "truongphong.qhkt",
          "{\"variables\":{\"unitTitle\":{\"value\":\"TTLDTT\"},\"candidates\":{\"value\":\"[]\",\"type\":\"Json\"}}}");
      assertThat(response.status()).as(action).isEqualTo(400);
      assertThat(response.json().path("message").asText())
          .isEqualTo("Phải đăng ký ít nhất một mô hình, sáng kiến, giải pháp hoặc điển hình tiên tiến (chỉ tiêu 4).");
    }
  }
}
