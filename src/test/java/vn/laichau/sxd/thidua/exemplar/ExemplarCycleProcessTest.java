package vn.laichau.sxd.thidua.exemplar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.laichau.sxd.thidua.Http;
import vn.laichau.sxd.thidua.Jobs;
import vn.laichau.sxd.thidua.ThiduaTest;
import vn.laichau.sxd.thidua.council.CouncilVoting;

/** exemplar-cycle: the four steps, the council's votes, quarterly reports on the test clock, dropping at any stage. */
@ThiduaTest
class ExemplarCycleProcessTest {

  private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  @Autowired ExemplarService exemplars;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired JdbcTemplate jdbc;
  @LocalServerPort int port;

  @Autowired ProcessEngine processEngine;
  @Autowired ExemplarRepository repository;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(processEngine);
    cleanUp();
    today(LocalDate.of(2027, 4, 5));
  }

  @AfterEach
  void cleanUp() {
    ClockUtil.reset();
    for (String key : List.of("exemplar-cycle", "council-session", "document-generation")) {
      List<String> ids = runtimeService.createProcessInstanceQuery().processDefinitionKey(key).list().stream().map(p -> p.getId()).toList();
      if (!ids.isEmpty()) {
        runtimeService.deleteProcessInstances(ids, "test clean-up", true, true);
      }
    }
    jdbc.update("DELETE FROM exemplar_event");
    jdbc.update("DELETE FROM exemplar");
    jdbc.update("DELETE FROM notice WHERE recipient_group = 'unit-head-qhkt'");
  }

  private static void today(LocalDate day) {
    ClockUtil.setCurrentTime(Date.from(day.atTime(9, 0).atZone(VIETNAM).toInstant()));
  }

  private ProcessInstance start() {
    exemplars.start(new ExemplarService.Candidate(2027, "QHKT", 0, "Một cửa điện tử cấp phép quy hoạch", "MO_HINH", "Tổ cấp phép",
        "Rút ngắn 30% thời gian"));
    return runtimeService.createProcessInstanceQuery().processDefinitionKey("exemplar-cycle").processInstanceBusinessKey("DH-2027-1").singleResult();
  }

  private Task task(ProcessInstance instance, String activity) {
    return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(activity).singleResult();
  }

  private void complete(ProcessInstance instance, String activity, Object... variables) {
    var values = Variables.createVariables();
    for (int i = 0; i < variables.length; i += 2) {
      values.putValue((String) variables[i], variables[i + 1]);
    }
    taskService.complete(task(instance, activity).getId(), values);
  }

  private void council(ProcessInstance instance, String choice) {
    CouncilVoting.vote(runtimeService, taskService, jdbc, instance, 9, choice);
    runDueJobs();
  }

  private void runDueJobs() {
    Jobs.runDue(managementService);
  }

  private String stageAndStatus() {
    return jdbc.queryForObject("SELECT stage || ':' || status FROM exemplar WHERE business_key = 'DH-2027-1'", String.class);
  }

  private ProcessInstance acceptedIntoTheRegister() {
    ProcessInstance instance = start();
    complete(instance, "proposeExemplar", "evidence", "Thời gian cấp phép giảm từ 20 xuống 12 ngày");
    complete(instance, "screenExemplar", "screeningDecision", "FORWARD");
    council(instance, "AGREE");
    return instance;
  }

  /** Accepted, nurtured through its three quarterly reports, now at the summary report (TONG_KET). */
  private ProcessInstance atTheSummary() {
    ProcessInstance instance = acceptedIntoTheRegister();
    complete(instance, "nurturePlan", "goals", "Toàn bộ hồ sơ trực tuyến", "support", "Tập huấn", "mentor", "Phó Giám đốc Sở",
        "milestones", "Quý II–IV");
    for (LocalDate quarterEnd : List.of(LocalDate.of(2027, 7, 1), LocalDate.of(2027, 10, 1), LocalDate.of(2028, 1, 3))) {
      today(quarterEnd);
      runDueJobs();
      complete(instance, "progressReport", "progress", "Đúng kế hoạch quý");
    }
    return instance;
  }

  private ProcessInstance summarised() {
    ProcessInstance instance = atTheSummary();
    complete(instance, "summaryReport", "results", "Giảm 40% thời gian", "lessons", "Chuẩn hóa biểu mẫu trước");
    council(instance, "AGREE");
    return instance;
  }

  @Test
  void anExemplarGoesThroughAllFourStepsAndIsReplicatedByTwoUnits() {
    ProcessInstance instance = start();
    Task propose = task(instance, "proposeExemplar");
    assertThat(propose.getName()).isEqualTo("Đề xuất điển hình — Một cửa điện tử cấp phép quy hoạch");
    assertThat(taskService.getIdentityLinksForTask(propose.getId()).stream().map(IdentityLink::getGroupId)).contains("unit-head-qhkt");
    assertThatThrownBy(() -> taskService.complete(propose.getId())).hasMessage("Hãy điền mục 'Minh chứng'.");
    complete(instance, "proposeExemplar", "evidence", "Thời gian cấp phép giảm từ 20 xuống 12 ngày");
    complete(instance, "screenExemplar", "screeningDecision", "FORWARD");
    assertThat(stageAndStatus()).isEqualTo("PHAT_HIEN:ACTIVE");
    council(instance, "AGREE");
    assertThat(stageAndStatus()).as("accepted into the register").isEqualTo("BOI_DUONG:ACTIVE");

    complete(instance, "nurturePlan", "goals", "Toàn bộ hồ sơ trực tuyến", "support", "Tập huấn", "mentor", "Phó Giám đốc Sở",
        "milestones", "Quý II–IV");
    assertThat(runtimeService.getVariable(instance.getId(), "reportsPlanned")).as("Q2, Q3 and Q4 of 2027").isEqualTo(3);
    today(LocalDate.of(2027, 6, 29));
    runDueJobs();
    assertThat(task(instance, "progressReport")).as("not before the quarter ends").isNull();
    for (LocalDate quarterEnd : List.of(LocalDate.of(2027, 7, 1), LocalDate.of(2027, 10, 1), LocalDate.of(2028, 1, 3))) {
      today(quarterEnd);
      runDueJobs();
      assertThat(task(instance, "progressReport")).as("report after %s", quarterEnd).isNotNull();
      complete(instance, "progressReport", "progress", "Đúng kế hoạch quý");
    }
    assertThat(stageAndStatus()).isEqualTo("TONG_KET:ACTIVE");
    complete(instance, "summaryReport", "results", "Giảm 40% thời gian", "lessons", "Chuẩn hóa biểu mẫu trước");
    council(instance, "AGREE");

    Task conclusion = task(instance, "councilConclusion");
    assertThat(taskService.getVariable(conclusion.getId(), "unitOptions").toString()).contains("\"value\":\"QLXD\"");
    assertThatThrownBy(() -> taskService.complete(conclusion.getId(), Variables.createVariables().putValue("adoptingUnitCodes", "[]")))
        .hasMessage("Hội đồng phải chọn ít nhất một đơn vị nhân rộng điển hình.");
    taskService.complete(conclusion.getId(), Variables.createVariables()
        .putValueTyped("adoptingUnitCodes", org.camunda.spin.plugin.variable.SpinValues.jsonValue("[\"QLXD\",\"TTGD\"]").create())
        .putValue("proposeCommendation", true).putValue("proposedAward", "GIAY_KHEN_GD_SO").putValue("proposedType", "CONG_TRANG"));
    assertThat(stageAndStatus()).isEqualTo("NHAN_RONG:ACTIVE");
    assertThat(jdbc.queryForObject("SELECT proposed_award || ':' || proposed_type FROM exemplar", String.class))
        .as("an item for the next annual round").isEqualTo("GIAY_KHEN_GD_SO:CONG_TRANG");

    List<Task> adoptions = taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey("reportAdoption").list();
    assertThat(adoptions).hasSize(2);
    assertThat(adoptions.stream().flatMap(t -> taskService.getIdentityLinksForTask(t.getId()).stream()).map(IdentityLink::getGroupId))
        .contains("unit-head-qlxd", "unit-head-ttgd");
    adoptions.forEach(t -> taskService.complete(t.getId(), Variables.createVariables().putValue("adopted", "Quy trình một cửa")
        .putValue("adoptionResult", "Giảm 25% thời gian")));
    BpmnAwareTests.assertThat(instance).isEnded();
    assertThat(stageAndStatus()).isEqualTo("NHAN_RONG:DONE");

    JsonNode register = new Http(port).get("/api/exemplars?year=2027&unit=qhkt", "giamdoc").json();
    assertThat(register.path("exemplars").get(0).path("stageName").asText()).isEqualTo("Nhân rộng");
    assertThat(register.path("exemplars").get(0).path("allFourSteps").asBoolean()).isTrue();
    assertThat(register.path("exemplars").get(0).path("history").toString())
        .contains("PROPOSED", "COUNCIL_PASSED", "PLAN_AGREED", "PROGRESS_REPORTED", "SUMMARY_REPORTED", "CONCLUDED", "ADOPTION_REPORTED", "DONE");
    assertThat(register.path("indicator4").get(0).path("met").asBoolean()).isTrue();
  }

  @ParameterizedTest
  @EnumSource(Stage.class)
  void anExemplarCanBeDroppedAtAnyStageWithAReason(Stage stage) {
    ProcessInstance instance = switch (stage) {
      case PHAT_HIEN -> start();
      case BOI_DUONG -> acceptedIntoTheRegister();
      case TONG_KET -> atTheSummary();
      case NHAN_RONG -> {
        ProcessInstance done = summarised();
        complete(done, "councilConclusion", "adoptingUnitCodes", "QLXD");
        yield done;
      }
    };
    assertThat(stageAndStatus()).isEqualTo(stage.name() + ":ACTIVE");
    Http http = new Http(port);
    String path = "/api/exemplars/DH-2027-1/drop";
    assertThat(http.post(path, "truongphong.qhkt", "{\"reason\":\"x\"}").status()).as("only the secretariat").isEqualTo(403);
    Http.Response noReason = http.post(path, "thuky", "{\"reason\":\" \"}");
    assertThat(noReason.status()).isEqualTo(400);
    assertThat(noReason.json().path("message").asText()).isEqualTo("Dừng điển hình thì phải ghi rõ lý do.");
    BpmnAwareTests.assertThat(instance).isNotEnded();

    assertThat(http.post(path, "thuky", "{\"reason\":\"Đơn vị sáp nhập, không tiếp tục\"}").status()).isEqualTo(202);
    BpmnAwareTests.assertThat(instance).isEnded();
    assertThat(stageAndStatus()).as("dropped where it stood").isEqualTo(stage.name() + ":DROPPED");
    assertThat(jdbc.queryForObject("SELECT note || ' / ' || recorded_by FROM exemplar_event WHERE event = 'DROPPED'", String.class))
        .isEqualTo("Đơn vị sáp nhập, không tiếp tục / thuky");
    JsonNode diary = http.get("/api/audit?businessKey=DH-2027-1", "truongphong.qhkt").json();
    JsonNode dropped = diary.get(diary.size() - 2);
    assertThat(dropped.path("action").asText()).isEqualTo("DROPPED");
    assertThat(diary.get(diary.size() - 1).path("text").asText()).as("then the dossier closes").isEqualTo("Kết thúc hồ sơ «Điển hình tiên tiến».");
    assertThat(dropped.path("actorName").asText()).isEqualTo("Hà Thị Thanh Tâm");
    assertThat(dropped.path("text").asText()).endsWith("ở giai đoạn " + stage.label().toLowerCase(java.util.Locale.ROOT)
        + ". Lý do: Đơn vị sáp nhập, không tiếp tục");
    assertThat(http.post(path, "thuky", "{\"reason\":\"lần nữa\"}").status()).isEqualTo(400);
  }

  @Test
  void theSecretariatMayStopAProposalAtScreeningWithAReason() {
    ProcessInstance instance = start();
    complete(instance, "proposeExemplar", "evidence", "Chưa có số liệu");
    Task screen = task(instance, "screenExemplar");
    assertThatThrownBy(() -> taskService.complete(screen.getId(), Variables.createVariables().putValue("screeningDecision", "DROP")))
        .hasMessage("Dừng điển hình thì phải ghi rõ lý do.");
    complete(instance, "screenExemplar", "screeningDecision", "DROP", "screeningNote", "Chưa đủ minh chứng");
    BpmnAwareTests.assertThat(instance).isEnded();
    assertThat(stageAndStatus()).isEqualTo("PHAT_HIEN:DROPPED");
  }

  @Test
  void theCouncilMayRefuseToAcceptAnExemplar() {
    ProcessInstance instance = start();
    complete(instance, "proposeExemplar", "evidence", "Minh chứng");
    complete(instance, "screenExemplar", "screeningDecision", "FORWARD");
    council(instance, "DISAGREE");
    BpmnAwareTests.assertThat(instance).isEnded();
    assertThat(stageAndStatus()).isEqualTo("PHAT_HIEN:NOT_ACCEPTED");
  }

  @Test
  void aMissedQuarterlyReportBringsAReminderThenAFollowUpByTheSecretariat() {
    ProcessInstance instance = acceptedIntoTheRegister();
    complete(instance, "nurturePlan", "goals", "g", "support", "s", "mentor", "m", "milestones", "q");
    today(LocalDate.of(2027, 7, 1));
    runDueJobs();
    Task report = task(instance, "progressReport");
    // Due ten working days after Thursday 01/07/2027: Thursday 15/07/2027.
    assertThat(report.getDueDate()).isEqualTo(Date.from(LocalDate.of(2027, 7, 15).atTime(17, 0).atZone(VIETNAM).toInstant()));
    today(LocalDate.of(2027, 7, 16));
    runDueJobs();
    assertThat(jdbc.queryForObject("SELECT subject FROM notice WHERE recipient_group = 'unit-head-qhkt'", String.class))
        .isEqualTo("Quá hạn báo cáo tiến độ điển hình — Một cửa điện tử cấp phép quy hoạch");
    assertThat(task(instance, "followUpReport")).isNull();
    today(LocalDate.of(2027, 7, 23));
    runDueJobs();
    Task followUp = task(instance, "followUpReport");
    assertThat(followUp).isNotNull();
    assertThat(taskService.getIdentityLinksForTask(followUp.getId()).stream().map(IdentityLink::getGroupId)).contains("secretariat");
    taskService.complete(followUp.getId(), Variables.createVariables().putValue("followUpNote", "Đã gọi điện trưởng phòng"));
    complete(instance, "progressReport", "progress", "Báo cáo muộn");
    assertThat(task(instance, "progressReport")).as("the next quarter's report comes later").isNull();
  }

  /**
   * The late path on its own (as Camunda's invoice example starts it): each adopting unit reports
   * its replication, and the exemplar has then come through all four steps.
   */
  @Test
  void startedAtReplicationTheExemplarIsDoneOnceEveryAdoptingUnitReports() {
    long id = repository.insert("DH-2027-9", 2027, "QHKT", 0, "Một cửa điện tử cấp phép quy hoạch", "MO_HINH", "Tổ cấp phép", null,
        ClockUtil.getCurrentTime().toInstant());
    ProcessInstance instance = runtimeService.createProcessInstanceByKey("exemplar-cycle").businessKey("DH-2027-9")
        .startBeforeActivity("reportAdoption#multiInstanceBody")
        .setVariables(Map.of("exemplarId", id, "year", 2027, "unitCode", "QHKT", "exemplarName", "Một cửa điện tử cấp phép quy hoạch",
            "adoptingUnits", new ArrayList<>(List.of("QLXD", "VP"))))
        .execute();
    BpmnAwareTests.assertThat(instance).isWaitingAt("reportAdoption");
    assertThat(taskService.createTaskQuery().processInstanceId(instance.getId()).taskCandidateGroup("unit-head-qlxd").count()).isOne();

    for (Task report : taskService.createTaskQuery().processInstanceId(instance.getId()).list()) {
      taskService.complete(report.getId(), Map.of("adopted", "Quy trình một cửa", "adoptionResult", "Giảm 20% thời gian"));
    }

    BpmnAwareTests.assertThat(instance).hasPassed("replicated").isEnded();
    assertThat(jdbc.queryForObject("SELECT status FROM exemplar WHERE id = ?", String.class, id)).isEqualTo("DONE");
  }

}
