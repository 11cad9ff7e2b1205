package vn.laichau.sxd.thidua.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.laichau.sxd.thidua.Http;
import vn.laichau.sxd.thidua.Jobs;
import vn.laichau.sxd.thidua.ThiduaTest;

/**
 * A task completion writes only what its form asks, through /engine-rest and through Tasklist's
 * own API alike: extra variables (the round's own among them), wrong types, missing lists and
 * unknown tasks are refused with a Vietnamese 4xx, and nothing of the round changes.
 */
@ThiduaTest
class TaskWriteGuardTest {

  static final String HEAD = "truongphong.qhkt";
  static final String ENGINE_REST = "/engine-rest";
  static final String TASKLIST_API = "/camunda/api/engine/engine/default";

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired JdbcTemplate jdbc;
  @LocalServerPort int port;
  Http http;
  ProcessInstance round;

  @BeforeEach
  void openRound() {
    http = new Http(port);
    cleanUp();
    round = runtimeService.startProcessInstanceByKey("commendation-round", Map.of("year", 2025, "commendationType", "CONG_TRANG"));
    Jobs.runDue(managementService);
  }

  @AfterEach
  void cleanUp() {
    runtimeService.createProcessInstanceQuery().processDefinitionKey("commendation-round").list()
        .forEach(p -> runtimeService.deleteProcessInstance(p.getId(), "test clean-up", true, true));
    jdbc.update("DELETE FROM nomination");
    jdbc.update("DELETE FROM commendation_round");
  }

  private Task nominationTask(String unitCode) {
    return taskService.createTaskQuery().processInstanceId(round.getId()).taskDefinitionKey("nominate").list().stream()
        .filter(t -> unitCode.equals(taskService.getVariable(t.getId(), "unitCode"))).findFirst().orElseThrow();
  }

  /** Every variable of the round, in every scope, with its value. */
  private Map<String, String> roundState() {
    Map<String, String> state = new TreeMap<>();
    for (VariableInstance variable : runtimeService.createVariableInstanceQuery().processInstanceIdIn(round.getId()).list()) {
      state.put(variable.getExecutionId() + "/" + variable.getName(), String.valueOf(variable.getValue()));
    }
    return state;
  }

  private Http.Response complete(String api, String taskId, String body) {
    String action = api.equals(ENGINE_REST) ? "/complete" : "/submit-form";
    if (api.equals(ENGINE_REST)) {
      return http.post(ENGINE_REST + "/task/" + taskId + action, HEAD, body);
    }
    return http.login("tasklist", HEAD, Http.DEMO_PASSWORD).post(TASKLIST_API + "/task/" + taskId + action, body);
  }

  private static void assertVietnameseRefusal(Http.Response response, int status) {
    assertThat(response.status()).as(response.body()).isEqualTo(status);
    String message = response.json().path("message").asText();
    assertThat(message).as("a short Vietnamese message").isNotBlank().doesNotContain("Cannot", "Exception", "ENGINE-", "null");
    assertThat(message).as("no task id").doesNotContainPattern("[0-9a-f]{8}-[0-9a-f]{4}");
  }

  @Test
  void extraVariablesOfEveryKindAreRefusedAndTheRoundIsUnchanged() {
    Task task = nominationTask("QHKT");
    Map<String, String> before = roundState();
    List<String> injected = List.of(
        "\"quotaWarning\":{\"value\":\"\"}",
        "\"decisionWorkingDays\":{\"value\":1}",
        "\"${1+1}\":{\"value\":\"x\"}",
        "\"year\":{\"value\":2024}",
        "\"roundKey\":{\"value\":\"KT-2025-CONG_TRANG-9\"}",
        "\"commendationType\":{\"value\":\"DOT_XUAT\"}");
    for (String api : List.of(ENGINE_REST, TASKLIST_API)) {
      for (String extra : injected) {
        Http.Response response = complete(api, task.getId(),
            "{\"variables\":{\"nominations\":{\"value\":\"[]\",\"type\":\"Json\"},\"nominatesNobody\":{\"value\":true}," + extra + "}}");
        assertVietnameseRefusal(response, 400);
        assertThat(response.json().path("message").asText()).as(api + " " + extra).startsWith("Biểu mẫu này không có mục «");
      }
    }
    assertThat(roundState()).isEqualTo(before);
    assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isOne();
  }

  @Test
  void aCompletionWithoutTheListIsNoDecision() {
    Task task = nominationTask("QHKT");
    Map<String, String> before = roundState();
    for (String api : List.of(ENGINE_REST, TASKLIST_API)) {
      for (String body : List.of("", "{}", "{\"variables\":{}}", "{\"variables\":{\"nominatesNobody\":{\"value\":false}}}")) {
        Http.Response response = complete(api, task.getId(), body);
        assertVietnameseRefusal(response, 400);
        if (!body.isEmpty()) {
          assertThat(response.json().path("message").asText()).as(body).contains("Đơn vị không đề nghị khen thưởng trong đợt này");
        }
      }
      Http.Response silent = complete(api, task.getId(), "{\"variables\":{\"nominations\":{\"value\":\"[]\",\"type\":\"Json\"}}}");
      assertVietnameseRefusal(silent, 400);
      assertThat(silent.json().path("message").asText()).contains("Đơn vị không đề nghị khen thưởng trong đợt này");
    }
    assertThat(roundState()).isEqualTo(before);
  }

  @Test
  void valuesOfTheWrongKindAreRefused() {
    Task task = nominationTask("QHKT");
    Map<String, String> before = roundState();
    String nobody = "\"nominatesNobody\":{\"value\":true}";
    List<String> bad = List.of(
        "\"nominations\":{\"value\":\"[{\\\"subjectId\\\":\",\"type\":\"Json\"}",
        "\"nominations\":{\"value\":\"[]\"}",
        "\"nominations\":" + MalformedRequestsTest.JAVA_OBJECT,
        "\"nominations\":{\"value\":\"[{\\\"subjectId\\\":\\\"x\\\",\\\"awardCodes\\\":[\\\"LDTT\\\"],\\\"role\\\":\\\"admin\\\"}]\",\"type\":\"Json\"}",
        "\"nominations\":{\"value\":\"[{\\\"subjectId\\\":\\\"x\\\",\\\"awardCodes\\\":[\\\"NOBEL\\\"]}]\",\"type\":\"Json\"}",
        "\"nominations\":{\"value\":\"[{\\\"subjectId\\\":\\\"" + "x".repeat(10_001) + "\\\",\\\"awardCodes\\\":[\\\"LDTT\\\"]}]\",\"type\":\"Json\"}");
    for (String api : List.of(ENGINE_REST, TASKLIST_API)) {
      for (String value : bad) {
        assertVietnameseRefusal(complete(api, task.getId(), "{\"variables\":{" + value + "," + nobody + "}}"), 400);
      }
      assertVietnameseRefusal(complete(api, task.getId(),
          "{\"variables\":{\"nominations\":{\"value\":\"[]\",\"type\":\"Json\"},\"nominatesNobody\":{\"value\":\"yes\"}}}"), 400);
    }
    assertThat(roundState()).isEqualTo(before);
  }

  @Test
  void aTextOverTheColumnLimitIsRefusedNotAServerError() {
    Task task = nominationTask("QHKT");
    taskService.complete(task.getId(), Map.of("nominations", "[{\"subjectId\":\"bithudoan\",\"awardCodes\":[\"LDTT\"]}]"));
    Task appraise = taskService.createTaskQuery().processInstanceId(round.getId()).taskDefinitionKey("appraise").singleResult();
    Http.Response response = http.post(ENGINE_REST + "/task/" + appraise.getId() + "/complete", "thuky",
        "{\"variables\":{\"appraisalDecision\":{\"value\":\"RETURN\"},\"appraisalNote\":{\"value\":\"" + "a".repeat(4_001) + "\"}}}");
    assertVietnameseRefusal(response, 400);
    assertThat(response.json().path("message").asText()).contains("dài quá 4000 ký tự");
  }

  @Test
  void theFormsOwnValuesAreAcceptedAndStayInTheUnitsScope() {
    Task task = nominationTask("QHKT");
    for (String api : List.of(ENGINE_REST, TASKLIST_API)) {
      Task open = api.equals(ENGINE_REST) ? task : nominationTask("KHTC");
      String head = api.equals(ENGINE_REST) ? HEAD : "truongphong.khtc";
      String body = "{\"variables\":{\"nominations\":{\"value\":\"[]\",\"type\":\"Json\"},\"nominatesNobody\":{\"value\":true}}}";
      Http.Response response = api.equals(ENGINE_REST) ? http.post(ENGINE_REST + "/task/" + open.getId() + "/complete", head, body)
          : http.login("tasklist", head, Http.DEMO_PASSWORD).post(TASKLIST_API + "/task/" + open.getId() + "/submit-form", body);
      assertThat(response.status()).as(response.body()).isIn(200, 204);
    }
    assertThat(runtimeService.createVariableInstanceQuery().processInstanceIdIn(round.getId()).variableName("nominatesNobody").list())
        .isNotEmpty().allSatisfy(v -> assertThat(v.getExecutionId()).isNotEqualTo(round.getId()));
    assertThat(runtimeService.getVariables(round.getId())).doesNotContainKey("nominatesNobody");
  }

  @Test
  void anUnknownOrFinishedTaskIsNotFound() {
    Task task = nominationTask("QHKT");
    taskService.complete(task.getId(), Map.of("nominations", "[]", "nominatesNobody", true));
    String body = "{\"variables\":{\"nominations\":{\"value\":\"[]\",\"type\":\"Json\"},\"nominatesNobody\":{\"value\":true}}}";
    for (String api : List.of(ENGINE_REST, TASKLIST_API)) {
      assertVietnameseRefusal(complete(api, task.getId(), body), 404);
      assertVietnameseRefusal(complete(api, "khong-co-viec-nay", body), 404);
    }
  }

  @Test
  void nobodyWritesVariablesOutsideAForm() {
    Task task = nominationTask("QHKT");
    Map<String, String> before = roundState();
    String value = "{\"value\":\"x\",\"type\":\"String\"}";
    List<HttpRequest.Builder> writes = List.of(
        http.request(ENGINE_REST + "/task/" + task.getId() + "/variables/quotaWarning", HEAD).PUT(HttpRequest.BodyPublishers.ofString(value)),
        http.request(ENGINE_REST + "/task/" + task.getId() + "/localVariables/quotaWarning", HEAD).PUT(HttpRequest.BodyPublishers.ofString(value)),
        http.request(ENGINE_REST + "/task/" + task.getId() + "/variables", HEAD)
            .POST(HttpRequest.BodyPublishers.ofString("{\"modifications\":{\"year\":{\"value\":2024}}}")),
        http.request(ENGINE_REST + "/task/" + task.getId() + "/variables/unitName", HEAD).DELETE(),
        http.request(ENGINE_REST + "/process-instance/" + round.getId() + "/variables/year", "thuky")
            .PUT(HttpRequest.BodyPublishers.ofString("{\"value\":2024,\"type\":\"Integer\"}")));
    for (HttpRequest.Builder write : writes) {
      Http.Response response = http.send(write.header("Content-Type", "application/json"));
      assertVietnameseRefusal(response, 403);
    }
    assertThat(roundState()).isEqualTo(before);
  }
}
