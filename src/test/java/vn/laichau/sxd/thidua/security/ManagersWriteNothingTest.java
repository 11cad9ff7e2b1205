package vn.laichau.sxd.thidua.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.laichau.sxd.thidua.AsUser;
import vn.laichau.sxd.thidua.Http;
import vn.laichau.sxd.thidua.ThiduaTest;
import vn.laichau.sxd.thidua.registration.RegistrationTestSupport;

/**
 * Managers read everything and change nothing (DESIGN §5): every write endpoint of /engine-rest
 * and of the webapps' engine API, tried by the Director (a manager) on a unit's task and its
 * process, answers 403 in Vietnamese, and nothing changes. The unit head, who works the task, may
 * still comment on it (through the Java API: the REST comment endpoints also need the history rights that unit heads do not have).
 */
@ThiduaTest
class ManagersWriteNothingTest {

  static final String MANAGER = "giamdoc";
  static final String HEAD = "truongphong.qhkt";

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired IdentityService identityService;
  @Autowired JdbcTemplate jdbc;
  @LocalServerPort int port;
  Http http;
  String instance;
  Task task;

  @BeforeEach
  void openRegistration() {
    http = new Http(port);
    instance = RegistrationTestSupport.openFresh2027(runtimeService, jdbc);
    task = taskService.createTaskQuery().processInstanceId(instance).taskCandidateGroup("unit-head-qhkt").singleResult();
  }

  @AfterEach
  void cleanUp() {
    ClockUtil.reset();
  }

  /** A write as method, path below the API root, and JSON body (null: none). */
  private record Write(String method, String path, String body) {
  }

  private List<Write> writes(String commentId, String definitionId) {
    String t = "/task/" + task.getId();
    String p = "/process-instance/" + instance;
    String value = "{\"value\":\"x\",\"type\":\"String\"}";
    return List.of(
        new Write("POST", t + "/comment/create", "{\"message\":\"ghi chú của lãnh đạo\"}"),
        new Write("PUT", t + "/comment", "{\"id\":\"" + commentId + "\",\"message\":\"sửa\"}"),
        new Write("DELETE", t + "/comment/" + commentId, null),
        new Write("DELETE", t + "/comment", null),
        new Write("POST", t + "/attachment/create", null),
        new Write("PUT", t + "/variables/unitTitle", value),
        new Write("PUT", t + "/localVariables/unitTitle", value),
        new Write("POST", t + "/variables", "{\"modifications\":{\"unitTitle\":" + value + "}}"),
        new Write("POST", t + "/localVariables", "{\"modifications\":{\"unitTitle\":" + value + "}}"),
        new Write("DELETE", t + "/variables/unitName", null),
        new Write("DELETE", t + "/localVariables/unitName", null),
        new Write("POST", t + "/claim", "{\"userId\":\"" + MANAGER + "\"}"),
        new Write("POST", t + "/unclaim", "{}"),
        new Write("POST", t + "/assignee", "{\"userId\":\"" + MANAGER + "\"}"),
        new Write("POST", t + "/delegate", "{\"userId\":\"" + MANAGER + "\"}"),
        new Write("POST", t + "/complete", "{\"variables\":{}}"),
        new Write("POST", t + "/submit-form", "{\"variables\":{}}"),
        new Write("POST", t + "/resolve", "{\"variables\":{}}"),
        new Write("POST", t + "/identity-links", "{\"groupId\":\"managers\",\"type\":\"candidate\"}"),
        new Write("POST", t + "/identity-links/delete", "{\"groupId\":\"unit-head-qhkt\",\"type\":\"candidate\"}"),
        new Write("PUT", t, "{\"name\":\"đổi tên\",\"priority\":1}"),
        new Write("DELETE", t, null),
        new Write("POST", "/task/create", "{\"id\":\"viec-moi\",\"name\":\"việc mới\"}"),
        new Write("POST", t + "/bpmnError", "{\"errorCode\":\"x\"}"),
        new Write("POST", t + "/bpmnEscalation", "{\"escalationCode\":\"x\"}"),
        new Write("PUT", p + "/variables/year", "{\"value\":2024,\"type\":\"Integer\"}"),
        new Write("POST", p + "/variables", "{\"modifications\":{\"year\":{\"value\":2024,\"type\":\"Integer\"}}}"),
        new Write("DELETE", p + "/variables/year", null),
        new Write("PUT", p + "/suspended", "{\"suspended\":true}"),
        new Write("POST", p + "/modification", "{\"instructions\":[{\"type\":\"cancel\",\"activityId\":\"unitRegistration\"}]}"),
        new Write("DELETE", p, null),
        new Write("POST", "/process-instance/delete", "{\"processInstanceIds\":[\"" + instance + "\"],\"deleteReason\":\"x\"}"),
        new Write("POST", "/process-instance/suspended-async", "{\"processInstanceIds\":[\"" + instance + "\"],\"suspended\":true}"),
        new Write("POST", "/process-instance/variables-async",
            "{\"processInstanceIds\":[\"" + instance + "\"],\"variables\":{\"year\":{\"value\":2024,\"type\":\"Integer\"}}}"),
        new Write("POST", "/process-definition/key/emulation-registration/start", "{\"variables\":{\"year\":{\"value\":2028}}}"),
        new Write("POST", "/process-definition/key/emulation-registration/submit-form", "{\"variables\":{\"year\":{\"value\":2028}}}"),
        new Write("PUT", "/process-definition/" + definitionId + "/suspended", "{\"suspended\":true}"),
        new Write("POST", "/message", "{\"messageName\":\"ObjectionRaised\",\"businessKey\":\"DK-2027\"}"),
        new Write("POST", "/signal", "{\"name\":\"tin-hieu\"}"),
        new Write("POST", "/condition", "{\"variables\":{\"x\":{\"value\":1}}}"),
        new Write("POST", "/external-task/fetchAndLock", "{\"workerId\":\"w\",\"maxTasks\":1,\"topics\":[{\"topicName\":\"t\",\"lockDuration\":1000}]}"),
        new Write("POST", "/filter/create", "{\"resourceType\":\"Task\",\"name\":\"bộ lọc\",\"query\":{}}"),
        new Write("POST", "/user/create", "{\"profile\":{\"id\":\"nguoi-moi\"},\"credentials\":{\"password\":\"Thi-dua-2026!\"}}"),
        new Write("POST", "/group/create", "{\"id\":\"nhom-moi\",\"name\":\"nhóm\"}"),
        new Write("PUT", "/group/managers/members/nguoi-khac", null),
        new Write("POST", "/authorization/create", "{\"type\":1,\"permissions\":[\"ALL\"],\"userId\":\"" + MANAGER
            + "\",\"resourceType\":0,\"resourceId\":\"*\"}"),
        new Write("DELETE", "/history/process-instance/" + instance, null));
  }

  /** Everything a write could have changed. */
  private Map<String, Object> state() {
    Map<String, Object> state = new TreeMap<>();
    for (VariableInstance variable : runtimeService.createVariableInstanceQuery().processInstanceIdIn(instance).list()) {
      state.put("variable " + variable.getExecutionId() + "/" + variable.getName(), String.valueOf(variable.getValue()));
    }
    Task now = taskService.createTaskQuery().taskId(task.getId()).singleResult();
    state.put("task", now == null ? "deleted" : now.getName() + "|" + now.getAssignee() + "|" + now.getOwner() + "|" + now.getPriority()
        + "|" + now.isSuspended() + "|" + now.getDelegationState());
    state.put("links", taskService.getIdentityLinksForTask(task.getId()).stream().map(l -> l.getType() + ":" + l.getGroupId() + l.getUserId())
        .sorted().toList());
    state.put("comments", taskService.getTaskComments(task.getId()).stream().map(c -> c.getFullMessage()).toList());
    state.put("attachments", taskService.getTaskAttachments(task.getId()).size());
    state.put("instances", runtimeService.createProcessInstanceQuery().count());
    state.put("suspended", runtimeService.createProcessInstanceQuery().processInstanceId(instance).singleResult().isSuspended());
    state.put("tasks", taskService.createTaskQuery().count());
    for (String table : List.of("ACT_RU_FILTER", "ACT_ID_USER", "ACT_ID_GROUP", "ACT_ID_MEMBERSHIP", "ACT_RU_AUTHORIZATION", "ACT_RU_BATCH",
        "ACT_RU_JOB", "ACT_HI_PROCINST")) {
      state.put(table, jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class));
    }
    return state;
  }

  @Test
  void aManagerChangesNothingThroughEitherApi() {
    String commentId = AsUser.call(identityService, HEAD, () -> taskService.createComment(task.getId(), instance, "đơn vị đang chuẩn bị"))
        .getId();
    assertThatThrownBy(() -> AsUser.call(identityService, MANAGER, () -> taskService.createComment(task.getId(), instance, "x")))
        .isInstanceOf(AuthorizationException.class);
    String definitionId = runtimeService.createProcessInstanceQuery().processInstanceId(instance).singleResult().getProcessDefinitionId();
    Map<String, Object> before = state();

    Http.Webapp webapp = http.login("tasklist", MANAGER, Http.DEMO_PASSWORD);
    List<String> answered = new ArrayList<>();
    for (Write write : writes(commentId, definitionId)) {
      for (String root : List.of("/engine-rest", "/camunda/api/engine/engine/default")) {
        HttpRequest.Builder request = root.startsWith("/engine-rest") ? http.request(root + write.path(), MANAGER)
            : webapp.request(root + write.path());
        request.header("Content-Type", write.path().endsWith("/attachment/create") ? "multipart/form-data; boundary=b" : "application/json");
        String body = write.path().endsWith("/attachment/create")
            ? "--b\r\nContent-Disposition: form-data; name=\"attachment-name\"\r\n\r\ntệp\r\n"
            + "--b\r\nContent-Disposition: form-data; name=\"url\"\r\n\r\nhttps://example.invalid/tep\r\n--b--\r\n" : write.body();
        request.method(write.method(), body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        Http.Response response = root.startsWith("/engine-rest") ? http.send(request) : webapp.send(request);
        answered.add(write.method() + " " + root + write.path() + " → " + response.status());
        assertThat(response.status()).as(write.method() + " " + root + write.path() + ": " + response.body()).isEqualTo(403);
        assertThat(response.json().path("message").asText()).as(write.path()).isNotBlank().doesNotContain(MANAGER, task.getId(), "permission");
      }
    }
    assertThat(state()).isEqualTo(before);
    System.out.println("Manager writes refused: " + answered.size() + "\n" + String.join("\n", answered));
  }
}
