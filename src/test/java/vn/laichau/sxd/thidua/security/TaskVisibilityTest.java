package vn.laichau.sxd.thidua.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.laichau.sxd.thidua.Http;
import vn.laichau.sxd.thidua.ThiduaTest;
import vn.laichau.sxd.thidua.registration.RegistrationTestSupport;

/**
 * Engine authorization (DESIGN §5, §7): unit heads see and work only their units' tasks, managers
 * read everything and change nothing, council members see only their own ballots — through
 * /engine-rest and through Tasklist's own API alike.
 */
@ThiduaTest
class TaskVisibilityTest {

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired RepositoryService repositoryService;
  @Autowired AuthorizationService authorizationService;
  @Autowired JdbcTemplate jdbc;
  @LocalServerPort int port;
  Http http;
  String ballotDeployment;

  @BeforeEach
  void openRegistration() {
    http = new Http(port);
    RegistrationTestSupport.openFresh2027(runtimeService, jdbc);
  }

  @AfterEach
  void cleanUp() {
    ClockUtil.reset();
    if (ballotDeployment != null) {
      repositoryService.deleteDeployment(ballotDeployment, true);
    }
  }

  private int count(String user) {
    Http.Response response = http.get("/engine-rest/task/count", user);
    assertThat(response.status()).isEqualTo(200);
    return response.json().path("count").asInt();
  }

  private String taskOf(String unitCode) {
    return taskService.createTaskQuery().taskCandidateGroup("unit-head-" + unitCode).singleResult().getId();
  }

  @Test
  void unitHeadsSeeOnlyTheirUnitsTasks() {
    Http.Response qhkt = http.get("/engine-rest/task?maxResults=50", "truongphong.qhkt");
    assertThat(qhkt.json().findValuesAsText("name")).containsExactly("Đăng ký thi đua năm 2027 — Phòng Quy hoạch – Kiến trúc");
    assertThat(http.get("/engine-rest/task?maxResults=50", "truongphong.khtc").json().findValuesAsText("name"))
        .containsExactly("Đăng ký thi đua năm 2027 — Phòng Kế hoạch – Tài chính");
    assertThat(count("uyen.tk.khtc")).as("an authorised deputy works the unit's tasks").isEqualTo(1);
    assertThat(count("bithudoan")).as("staff who are not head or deputy").isZero();
    assertThat(http.get("/engine-rest/task/" + taskOf("khtc"), "truongphong.qhkt").status()).isIn(403, 404);
  }

  @Test
  void aUnitHeadCannotCompleteAnotherUnitsTask() {
    String body = "{\"variables\":{\"unitTitle\":{\"value\":\"TTLDTT\"}}}";
    assertThat(http.post("/engine-rest/task/" + taskOf("khtc") + "/complete", "truongphong.qhkt", body).status()).isEqualTo(403);
    assertThat(taskService.createTaskQuery().taskId(taskOf("khtc")).count()).isEqualTo(1);
  }

  @Test
  void managersReadEverythingAndChangeNothing() {
    assertThat(count("giamdoc")).isEqualTo(10);
    assertThat(http.post("/engine-rest/task/" + taskOf("qhkt") + "/complete", "giamdoc", "{}").status()).isEqualTo(403);
    assertThat(http.post("/engine-rest/task/" + taskOf("qhkt") + "/claim", "giamdoc", "{\"userId\":\"giamdoc\"}").status()).isEqualTo(403);
    assertThat(http.post("/engine-rest/process-definition/key/emulation-registration/start", "giamdoc",
        "{\"variables\":{\"year\":{\"value\":2028}}}").status()).isEqualTo(403);
    assertThat(http.get("/engine-rest/process-instance?maxResults=10", "giamdoc").json().size()).isEqualTo(1);
    assertThat(http.get("/engine-rest/history/process-instance?maxResults=10", "giamdoc").status()).isEqualTo(200);
  }

  @Test
  void theSecretariatStartsTheRegistration() {
    RegistrationTestSupport.cleanSlate(runtimeService, jdbc);
    Http.Response started = http.post("/engine-rest/process-definition/key/emulation-registration/start", "thuky",
        "{\"variables\":{\"year\":{\"value\":2027}}}");
    assertThat(started.status()).isEqualTo(200);
    assertThat(started.json().path("businessKey").asText()).isEqualTo("DK-2027");
  }

  @Test
  void taskParticipantsGetTaskWorkNotUpdate() {
    Authorization authorization = authorizationService.createAuthorizationQuery()
        .resourceType(Resources.TASK).resourceId(taskOf("qhkt")).groupIdIn("unit-head-qhkt").singleResult();
    assertThat(authorization.isPermissionGranted(Permissions.TASK_WORK)).isTrue();
    assertThat(authorization.isPermissionGranted(Permissions.UPDATE)).isFalse();
  }

  @Test
  void tasklistShowsAUnitHeadOnlyTheirUnitsTasks() {
    var tasklist = http.login("tasklist", "truongphong.qhkt", "demo");
    assertThat(tasklist.loginResponse().status()).isEqualTo(200);
    Http.Response list = tasklist.post("/camunda/api/engine/engine/default/task?firstResult=0&maxResults=15", "{}");
    assertThat(list.status()).isEqualTo(200);
    assertThat(list.json().findValuesAsText("name")).containsExactly("Đăng ký thi đua năm 2027 — Phòng Quy hoạch – Kiến trúc");
    Http.Response filters = tasklist.get("/camunda/api/engine/engine/default/filter?resourceType=Task&firstResult=0&maxResults=2000");
    assertThat(filters.json().findValuesAsText("name")).contains("Việc của tôi");
  }

  @Test
  void onlyObserversOpenCockpit() {
    assertThat(http.login("cockpit", "truongphong.qhkt", "demo").loginResponse().status()).isEqualTo(403);
    assertThat(http.login("cockpit", "giamdoc", "demo").loginResponse().status()).isEqualTo(200);
    assertThat(http.login("admin", "giamdoc", "demo").loginResponse().status()).isEqualTo(403);
  }

  @Test
  void councilMembersSeeOnlyTheirOwnBallots() {
    BpmnModelInstance ballot = Bpmn.createExecutableProcess("test-ballot").name("Phiếu bầu thử").camundaHistoryTimeToLive(1)
        .startEvent().userTask("vote").name("Phiếu bầu").camundaAssignee("${voter}")
        .multiInstance().camundaCollection("${voters}").camundaElementVariable("voter").multiInstanceDone()
        .endEvent().done();
    ballotDeployment = repositoryService.createDeployment().addModelInstance("test-ballot.bpmn", ballot).deploy().getId();
    runtimeService.startProcessInstanceByKey("test-ballot", Variables.createVariables().putValueTyped("voters",
        Variables.objectValue(new ArrayList<>(List.of("chutichcongdoan", "truongphong.qhkt"))).serializationDataFormat("application/json").create()));

    assertThat(http.get("/engine-rest/task?maxResults=50", "chutichcongdoan").json().findValuesAsText("assignee")).containsExactly("chutichcongdoan");
    assertThat(http.get("/engine-rest/task?maxResults=50&name=Phiếu%20bầu", "truongphong.qhkt").json().findValuesAsText("assignee"))
        .containsExactly("truongphong.qhkt");
    assertThat(count("bithudoan")).as("a member who does not sit in this session").isZero();
    Task other = taskService.createTaskQuery().taskAssignee("truongphong.qhkt").singleResult();
    assertThat(http.post("/engine-rest/task/" + other.getId() + "/complete", "chutichcongdoan", "{}").status()).isEqualTo(403);
  }
}
