package vn.laichau.sxd.thidua.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.laichau.sxd.thidua.registration.RegistrationTestSupport.inVietnam;
import static vn.laichau.sxd.thidua.registration.RegistrationTestSupport.registration;
import static vn.laichau.sxd.thidua.registration.RegistrationTestSupport.review;
import static vn.laichau.sxd.thidua.registration.RegistrationTestSupport.today;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.laichau.sxd.thidua.Jobs;
import vn.laichau.sxd.thidua.ThiduaTest;
import vn.laichau.sxd.thidua.calendar.WorkingDayCalendar;
import vn.laichau.sxd.thidua.engine.InvalidInputException;

/** Every path of emulation-registration: accept, return and resubmit, and every refusal. */
@ThiduaTest
class EmulationRegistrationProcessTest {

  private static final String KEY = "emulation-registration";

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @Autowired RegistrationService registrationService;
  @Autowired FormService formService;
  @Autowired HistoryService historyService;
  @Autowired RegistrationRepository registrations;
  @Autowired RegistrationProperties properties;
  @Autowired WorkingDayCalendar workingDays;
  @Autowired JdbcTemplate jdbc;
  @Autowired org.camunda.bpm.engine.ManagementService managementService;

  @Autowired ProcessEngine processEngine;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(processEngine);
    RegistrationTestSupport.cleanSlate(runtimeService, jdbc);
    today(LocalDate.of(2027, 1, 4));
  }

  /** No registration is left open for the tests that run after these (their units' tasks would count as open work). */
  @AfterEach
  void cleanUp() {
    ClockUtil.reset();
    RegistrationTestSupport.cleanSlate(runtimeService, jdbc);
  }

  private ProcessInstance open(int year) {
    return runtimeService.startProcessInstanceByKey(KEY, Map.of("year", year));
  }

  private List<Task> tasks(ProcessInstance instance, String activity) {
    return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(activity).orderByTaskName().asc().list();
  }

  private Task task(ProcessInstance instance, String activity, String unitCode) {
    return tasks(instance, activity).stream()
        .filter(t -> unitCode.equals(taskService.getVariable(t.getId(), "unitCode"))).findFirst().orElseThrow();
  }

  private String candidateGroup(Task task) {
    return taskService.getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getGroupId).filter(g -> g != null).findFirst().orElse(null);
  }

  private String formId(InputStream form) throws IOException {
    try (form) {
      return new ObjectMapper().readTree(form).path("id").asText();
    }
  }

  @Test
  void everyUnitRegistersAndTheSecretariatAcceptsAll() throws IOException {
    ProcessInstance instance = open(2027);

    assertThat(instance.getBusinessKey()).isEqualTo("DK-2027");
    List<Task> registerTasks = tasks(instance, "registerUnit");
    assertThat(registerTasks).hasSize(10);
    Task qhkt = task(instance, "registerUnit", "QHKT");
    assertThat(qhkt.getName()).isEqualTo("Đăng ký thi đua năm 2027 — Phòng Quy hoạch – Kiến trúc");
    assertThat(candidateGroup(qhkt)).isEqualTo("unit-head-qhkt");
    assertThat(inVietnam(qhkt.getDueDate())).isEqualTo(LocalDate.of(2027, 3, 31).atTime(LocalTime.of(17, 0)));
    assertThat(formId(formService.getDeployedTaskForm(qhkt.getId()))).isEqualTo("registration-unit");
    assertThat(taskService.getVariable(qhkt.getId(), "deadlineText")).isEqualTo("31/03/2027");

    Map<String, String> candidateByUnit = new HashMap<>();
    for (Task task : registerTasks) {
      String unit = (String) taskService.getVariable(task.getId(), "unitCode");
      candidateByUnit.put(unit, "Sáng kiến của " + unit);
      taskService.complete(task.getId(), registration("Sáng kiến của " + unit));
    }
    List<Task> reviews = tasks(instance, "reviewUnitRegistration");
    assertThat(reviews).hasSize(10).allSatisfy(t -> assertThat(candidateGroup(t)).isEqualTo("secretariat"));
    assertThat(formId(formService.getDeployedTaskForm(reviews.get(0).getId()))).isEqualTo("registration-review");
    Task qhktReview = task(instance, "reviewUnitRegistration", "QHKT");
    assertThat(taskService.getVariable(qhktReview.getId(), "unitTitleLabel")).as("the reviewer reads Vietnamese, not codes")
        .isEqualTo("Tập thể lao động tiên tiến");
    assertThat(taskService.getVariable(qhktReview.getId(), "candidates").toString()).contains("\"kindLabel\":\"Sáng kiến\"");
    assertThat(registrations.status(2027, "QHKT")).isEqualTo(UnitRegistrationStatus.SUBMITTED);

    reviews.forEach(t -> taskService.complete(t.getId(), review("ACCEPT", null)));

    Task approve = tasks(instance, "approveRegistration").get(0);
    assertThat(candidateGroup(approve)).isEqualTo("director");
    assertThat(taskService.getVariable(approve.getId(), "approvalView").toString())
        .contains("Phòng Quy hoạch – Kiến trúc", "Tập thể lao động tiên tiến");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM registered_subject", Integer.class)).as("nothing before the approval").isZero();
    taskService.complete(approve.getId(), Variables.createVariables().putValue("approvalDecision", "ACCEPT").putValue("approvalNote", "Đồng ý"));

    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM registered_subject WHERE reg_year = 2027 AND subject_type = 'COLLECTIVE'",
        Integer.class)).isEqualTo(10);
    assertThat(jdbc.queryForObject("SELECT unit_code FROM registered_subject WHERE reg_year = 2027 AND subject_id = 'truongphong.qhkt'",
        String.class)).isEqualTo("QHKT");
    assertThat(jdbc.queryForObject("SELECT approval_note FROM emulation_registration WHERE reg_year = 2027", String.class)).isEqualTo("Đồng ý");
    runDueJobs();
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("exemplar-cycle").count())
        .as("every registered candidate starts its exemplar cycle").isEqualTo(10);
    assertThat(jdbc.queryForObject("SELECT name FROM exemplar WHERE unit_code = 'QHKT'", String.class)).isEqualTo("Sáng kiến của QHKT");
    assertThat(taskService.createTaskQuery().processDefinitionKey("exemplar-cycle").taskDefinitionKey("proposeExemplar").count()).isEqualTo(10);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).count()).isZero();
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
        .activityId("allUnitsAccepted").count()).isEqualTo(1);
    candidateByUnit.forEach((unit, candidate) -> {
      assertThat(registrations.status(2027, unit)).isEqualTo(UnitRegistrationStatus.ACCEPTED);
      String content = jdbc.queryForObject("SELECT content FROM unit_registration WHERE reg_year = 2027 AND unit_code = ?", String.class, unit);
      assertThat(content).as("parallel units keep their own data").contains(candidate);
      candidateByUnit.values().stream().filter(other -> !other.equals(candidate))
          .forEach(other -> assertThat(content).doesNotContain("\"" + other + "\""));
    });
  }

  @Test
  void aReturnedRegistrationGoesBackToTheUnitWithTheReasonAndIsResubmitted() {
    long diaryBefore = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM audit_entry", Long.class);
    ProcessInstance instance = open(2027);
    taskService.complete(task(instance, "registerUnit", "QHKT").getId(), registration("Bản đồ quy hoạch số"));
    Task review = task(instance, "reviewUnitRegistration", "QHKT");

    taskService.complete(review.getId(), review("RETURN", "Bổ sung kết quả dự kiến của sáng kiến."));

    Task again = task(instance, "registerUnit", "QHKT");
    assertThat(candidateGroup(again)).isEqualTo("unit-head-qhkt");
    assertThat(taskService.getVariable(again.getId(), "reviewNote")).isEqualTo("Bổ sung kết quả dự kiến của sáng kiến.");
    assertThat(registrations.status(2027, "QHKT")).isEqualTo(UnitRegistrationStatus.RETURNED);

    taskService.complete(again.getId(), registration("Bản đồ quy hoạch số, có kết quả dự kiến"));
    taskService.complete(task(instance, "reviewUnitRegistration", "QHKT").getId(), review("ACCEPT", null));

    assertThat(registrations.status(2027, "QHKT")).isEqualTo(UnitRegistrationStatus.ACCEPTED);
    assertThat(tasks(instance, "registerUnit")).hasSize(9);
    // The diary of the year's registration, in words: the review's decision, the return with its reason.
    assertThat(jdbc.queryForList("SELECT text FROM audit_entry WHERE id > ? AND business_key = 'DK-2027' AND unit_code = 'QHKT' ORDER BY id",
        String.class, diaryBefore)).containsExactly(
            "Hoàn thành «Đăng ký thi đua năm 2027 — Phòng Quy hoạch – Kiến trúc».",
            "Hoàn thành «Xem xét đăng ký thi đua năm 2027 — Phòng Quy hoạch – Kiến trúc». Trả lại đơn vị.",
            "Trả lại «Đăng ký thi đua năm 2027 — Phòng Quy hoạch – Kiến trúc». Lý do: Bổ sung kết quả dự kiến của sáng kiến.",
            "Hoàn thành «Đăng ký thi đua năm 2027 — Phòng Quy hoạch – Kiến trúc».",
            "Hoàn thành «Xem xét đăng ký thi đua năm 2027 — Phòng Quy hoạch – Kiến trúc». Chấp nhận.");
  }

  @Test
  void aRegistrationWithoutAnyCandidateIsRefusedAndChangesNothing() {
    ProcessInstance instance = open(2027);
    Task qhkt = task(instance, "registerUnit", "QHKT");

    var empty = registration("x").putValueTyped("candidates", org.camunda.spin.plugin.variable.SpinValues.jsonValue("[]").create());
    assertThatThrownBy(() -> taskService.complete(qhkt.getId(), empty))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("Phải đăng ký ít nhất một mô hình, sáng kiến, giải pháp hoặc điển hình tiên tiến (chỉ tiêu 4).");
    var missing = registration("x").putValue("candidates", null);
    assertThatThrownBy(() -> taskService.complete(qhkt.getId(), missing)).isInstanceOf(InvalidInputException.class);

    assertThat(taskService.createTaskQuery().taskId(qhkt.getId()).count()).as("task still open").isEqualTo(1);
    assertThat(taskService.getVariable(qhkt.getId(), "candidates")).as("nothing stored: still the empty list the task starts with")
        .hasToString("[]");
    assertThat(registrations.status(2027, "QHKT")).isNull();
  }

  @Test
  void candidatesNeedANameAKindAndAnOwner() {
    ProcessInstance instance = open(2027);
    Task qhkt = task(instance, "registerUnit", "QHKT");
    var noOwner = registration("x").putValue("candidates", "[{\"name\":\"Mô hình A\",\"kind\":\"MO_HINH\",\"owner\":\" \"}]");
    var badKind = registration("x").putValue("candidates", "[{\"name\":\"Mô hình A\",\"kind\":\"KHAC\",\"owner\":\"Tổ A\"}]");
    var notJson = registration("x").putValue("candidates", "mô hình A");
    var noTitle = registration("x").putValue("unitTitle", "CO_THI_DUA_CHINH_PHU");

    assertThatThrownBy(() -> taskService.complete(qhkt.getId(), noOwner))
        .hasMessage("Mô hình, sáng kiến thứ 1: phải có tên và người hoặc tập thể thực hiện.");
    assertThatThrownBy(() -> taskService.complete(qhkt.getId(), badKind))
        .hasMessage("Mô hình, sáng kiến thứ 1: loại phải là mô hình, sáng kiến, giải pháp hoặc điển hình.");
    assertThatThrownBy(() -> taskService.complete(qhkt.getId(), notJson))
        .hasMessage("Dữ liệu 'mô hình, sáng kiến' không đúng định dạng.");
    assertThatThrownBy(() -> taskService.complete(qhkt.getId(), noTitle))
        .hasMessage("Hãy chọn danh hiệu tập thể đăng ký (hoặc 'Không đăng ký danh hiệu tập thể').");
    assertThat(registrations.status(2027, "QHKT")).isNull();
  }

  @Test
  void aReturnNeedsAReasonAndAReviewNeedsADecision() {
    ProcessInstance instance = open(2027);
    taskService.complete(task(instance, "registerUnit", "QHKT").getId(), registration("Bản đồ số"));
    Task review = task(instance, "reviewUnitRegistration", "QHKT");

    assertThatThrownBy(() -> taskService.complete(review.getId(), review("RETURN", "  ")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("Trả lại đăng ký thì phải ghi rõ lý do để đơn vị bổ sung.");
    assertThatThrownBy(() -> taskService.complete(review.getId(), review("MAYBE", null)))
        .hasMessage("Hãy chọn kết quả xem xét: Chấp nhận hoặc Trả lại.");

    assertThat(taskService.createTaskQuery().taskId(review.getId()).count()).isEqualTo(1);
    assertThat(registrations.status(2027, "QHKT")).isEqualTo(UnitRegistrationStatus.SUBMITTED);
  }

  @Test
  void aStartWithoutAValidYearIsRefusedAndStartsNothing() {
    assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(KEY))
        .isInstanceOf(InvalidInputException.class).hasMessage("Thiếu năm đăng ký.");
    assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(KEY, Map.of("year", "hai nghìn")))
        .hasMessage("Năm đăng ký phải là một số nguyên, ví dụ 2026.");
    assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(KEY, Map.of("year", 2025)))
        .hasMessage("Năm đăng ký phải từ 2026 đến 2030.");
    assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(KEY, Map.of("year", 2027.5)))
        .hasMessage("Năm đăng ký phải là một số nguyên, ví dụ 2026.");

    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(KEY).count()).isZero();
    assertThat(registrations.yearOpened(2025)).isFalse();
  }

  @Test
  void aYearIsOpenedOnlyOnce() {
    open(2027);
    assertThatThrownBy(() -> open(2027))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("Đăng ký thi đua năm 2027 đã được mở (DK-2027), không mở lần thứ hai.");
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(KEY).count()).isEqualTo(1);
  }

  @Test
  void theYearMayComeAsTextAndTheDeadlineAsAVietnameseDate() {
    ProcessInstance instance = runtimeService.startProcessInstanceByKey(KEY, Map.of("year", "2027", "deadline", "15/04/2027"));

    assertThat(runtimeService.getVariable(instance.getId(), "year")).isEqualTo(2027);
    assertThat(inVietnam(task(instance, "registerUnit", "VP").getDueDate())).isEqualTo(LocalDate.of(2027, 4, 15).atTime(17, 0));
  }

  @Test
  void aDeadlineMustBeAFutureWorkingDay() {
    assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(KEY, Map.of("year", 2027, "deadline", "03/04/2027")))
        .hasMessage("Hạn đăng ký 03/04/2027 không phải ngày làm việc.");
    assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(KEY, Map.of("year", 2027, "deadline", "31/12/2026")))
        .hasMessage("Hạn đăng ký 31/12/2026 đã qua.");
    assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(KEY, Map.of("year", 2027, "deadline", "31-03-2027")))
        .hasMessage("Hạn đăng ký phải có dạng dd/mm/yyyy, ví dụ 31/03/2026.");
    assertThat(registrations.yearOpened(2027)).isFalse();
  }

  @Test
  void aDateVariableIsReadInVietnamWhateverTheServerZone() {
    // 15/04/2027 00:30 in Vietnam is still 14/04 in UTC, the zone the tests run in.
    var deadline = java.util.Date.from(LocalDate.of(2027, 4, 15).atTime(0, 30).atZone(RegistrationTestSupport.VIETNAM).toInstant());
    ProcessInstance instance = runtimeService.startProcessInstanceByKey(KEY,
        Variables.createVariables().putValue("year", 2027).putValue("deadline", deadline));
    assertThat(runtimeService.getVariable(instance.getId(), "deadlineText")).isEqualTo("15/04/2027");
  }

  @Test
  void whenTheDefaultDeadlineHasPassedUnitsGetTenWorkingDays() {
    today(LocalDate.of(2027, 3, 25));
    ProcessInstance instance = open(2027);
    // 10 working days after Thursday 25/03/2027 (no holiday in between) is Thursday 08/04/2027.
    assertThat(runtimeService.getVariable(instance.getId(), "deadlineText")).isEqualTo("08/04/2027");
  }

  @Test
  void theDemoOpensThisYearsRegistrationOnceOnly() {
    today(LocalDate.of(2026, 11, 24));
    DemoRegistrationOpener opener = new DemoRegistrationOpener(runtimeService, registrations, properties, workingDays);

    opener.run(null);
    opener.run(null);

    List<ProcessInstance> opened = runtimeService.createProcessInstanceQuery().processDefinitionKey(KEY).list();
    assertThat(opened).singleElement().extracting(ProcessInstance::getBusinessKey).isEqualTo("DK-2026");
    assertThat(tasks(opened.get(0), "registerUnit")).hasSize(10);
  }

  private void runDueJobs() {
    Jobs.runDue(managementService);
  }

  private List<String> notices() {
    return jdbc.queryForList("SELECT recipient_group || ' | ' || subject FROM notice WHERE dedup_key LIKE 'DK-2027:%' ORDER BY id", String.class);
  }

  @Test
  void unitsThatHaveNotSubmittedAreRemindedAtSevenThreeAndOneWorkingDaysThenTheDirectorIsTold() {
    ProcessInstance instance = open(2027);
    // Deadline Wednesday 31/03/2027. Everyone but QHKT and KHTC submits; KHTC's is returned and not resubmitted.
    for (Task task : tasks(instance, "registerUnit")) {
      String unit = (String) taskService.getVariable(task.getId(), "unitCode");
      if (!unit.equals("QHKT")) {
        taskService.complete(task.getId(), registration("Sáng kiến của " + unit));
      }
    }
    taskService.complete(task(instance, "reviewUnitRegistration", "KHTC").getId(), review("RETURN", "Bổ sung chỉ tiêu 3"));

    today(LocalDate.of(2027, 3, 19));
    runDueJobs();
    assertThat(notices()).as("eight working days before").isEmpty();
    today(LocalDate.of(2027, 3, 22));
    runDueJobs();
    assertThat(notices()).containsExactly("unit-head-khtc | Còn 7 ngày làm việc đến hạn đăng ký thi đua năm 2027",
        "unit-head-qhkt | Còn 7 ngày làm việc đến hạn đăng ký thi đua năm 2027");
    today(LocalDate.of(2027, 3, 26));
    runDueJobs();
    taskService.complete(task(instance, "registerUnit", "KHTC").getId(), registration("Sáng kiến đã bổ sung"));
    today(LocalDate.of(2027, 3, 30));
    runDueJobs();
    assertThat(notices()).hasSize(5).last().isEqualTo("unit-head-qhkt | Còn 1 ngày làm việc đến hạn đăng ký thi đua năm 2027");
    assertThat(tasks(instance, "escalateLateUnits")).isEmpty();

    today(LocalDate.of(2027, 4, 1));
    runDueJobs();
    Task escalation = tasks(instance, "escalateLateUnits").get(0);
    assertThat(escalation.getName()).isEqualTo("Đơn vị chậm đăng ký thi đua năm 2027");
    assertThat(candidateGroup(escalation)).isEqualTo("director");
    assertThat(taskService.getVariable(escalation.getId(), "lateUnitsView").toString())
        .contains("Phòng Quy hoạch – Kiến trúc").doesNotContain("Phòng Kế hoạch – Tài chính");
    assertThat(task(instance, "registerUnit", "QHKT")).as("the late unit can still register").isNotNull();
    taskService.complete(escalation.getId(), Variables.createVariables().putValue("directive", "Hoàn thành trước 05/4"));
  }

  @Test
  void aRegistrationOpenedCloseToTheDeadlineSendsNoStaleReminders() {
    ProcessInstance instance = runtimeService.startProcessInstanceByKey(KEY, Map.of("year", 2027, "deadline", "08/01/2027"));
    runDueJobs();
    assertThat(notices()).as("four working days left: the 7-day reminder is stale").isEmpty();
    today(LocalDate.of(2027, 1, 5));
    runDueJobs();
    assertThat(notices()).hasSize(10).allMatch(n -> n.endsWith("Còn 3 ngày làm việc đến hạn đăng ký thi đua năm 2027"));
    assertThat(instance).isNotNull();
  }

  @Test
  void whenEveryUnitSubmittedInTimeTheDeadlinePassesWithoutEscalation() {
    ProcessInstance instance = open(2027);
    for (Task task : tasks(instance, "registerUnit")) {
      taskService.complete(task.getId(), registration("Sáng kiến"));
    }
    today(LocalDate.of(2027, 4, 1));
    runDueJobs();
    assertThat(tasks(instance, "escalateLateUnits")).isEmpty();
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(instance.getId()).activityId("noLateUnits").count())
        .isEqualTo(1);
    assertThat(notices()).isEmpty();
  }

  /** The late path on its own (as Camunda's invoice example starts it): 2027 opened, QHKT's registration accepted, the approval waiting. */
  private ProcessInstance startedAtTheApprovalWithQhktAccepted() {
    Instant now = ClockUtil.getCurrentTime().toInstant();
    registrations.open(2027, "mid-process", LocalDate.of(2027, 3, 31), now);
    registrations.saveSubmission(2027, "QHKT", new RegistrationContent(CollectiveTitleChoice.TTLDTT, List.of(), Map.of(), List.of(
        new RegistrationContent.Candidate("Một cửa điện tử", "MO_HINH", null, null, "Tổ cấp phép", null, "Mô hình"))), "truongphong.qhkt", now);
    registrations.saveReview(2027, "QHKT", UnitRegistrationStatus.ACCEPTED, null, "thuky", now);
    ProcessInstance instance = runtimeService.createProcessInstanceByKey(KEY).businessKey("DK-2027").startBeforeActivity("approveRegistration")
        .setVariables(Map.of("year", 2027)).execute();
    return instance;
  }

  /**
   * The late path on its own (as Camunda's invoice example starts it): once every unit is accepted,
   * the Director's approval registers each accepted unit and its people, and the year's exemplar
   * cycles start.
   */
  @Test
  void startedAtTheDirectorsApprovalTheAcceptedUnitsAreRegistered() {
    ProcessInstance instance = startedAtTheApprovalWithQhktAccepted();
    BpmnAwareTests.assertThat(instance).isWaitingAt("approveRegistration").task().hasCandidateGroup("director");

    taskService.complete(tasks(instance, "approveRegistration").get(0).getId(), Map.of("approvalDecision", "ACCEPT", "approvalNote", "Đồng ý"));
    runDueJobs();

    BpmnAwareTests.assertThat(instance).hasPassed("startExemplarCycles", "allUnitsAccepted").isEnded();
    assertThat(jdbc.queryForList("SELECT subject_type FROM registered_subject WHERE reg_year = 2027 AND subject_id = 'QHKT'", String.class))
        .containsExactly("COLLECTIVE");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM exemplar WHERE reg_year = 2027 AND unit_code = 'QHKT'", Integer.class)).isOne();
  }

  /**
   * The Director may return the registration to the secretariat with a reason instead of approving it;
   * nothing is registered until it comes back and is approved. A return without a reason is refused.
   */
  @Test
  void theDirectorReturnsTheRegistrationToTheSecretariatWithAReason() {
    ProcessInstance instance = startedAtTheApprovalWithQhktAccepted();
    String approve = tasks(instance, "approveRegistration").get(0).getId();

    assertThatThrownBy(() -> taskService.complete(approve, Map.of("approvalDecision", "RETURN")))
        .hasMessage("Trả lại thì phải ghi rõ ý kiến để Văn phòng xử lý.");
    assertThatThrownBy(() -> taskService.complete(approve, Map.of("approvalNote", "Đồng ý")))
        .hasMessage("Hãy chọn: phê duyệt, hoặc trả lại Văn phòng.");
    taskService.complete(approve, Map.of("approvalDecision", "RETURN", "approvalNote", "Bổ sung chỉ tiêu 3 của Phòng QHKT"));

    BpmnAwareTests.assertThat(instance).isWaitingAt("reviseRegistration").task().hasCandidateGroup("secretariat")
        .hasName("Xử lý ý kiến của Giám đốc về đăng ký thi đua năm 2027");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM registered_subject WHERE reg_year = 2027", Integer.class)).as("nothing registered").isZero();
    String revise = tasks(instance, "reviseRegistration").get(0).getId();
    assertThatThrownBy(() -> taskService.complete(revise, Map.of())).hasMessage("Hãy ghi những việc Văn phòng đã làm theo ý kiến của Giám đốc.");
    taskService.complete(revise, Map.of("revisionNote", "Đã làm việc với Phòng QHKT"));

    BpmnAwareTests.assertThat(instance).isWaitingAt("approveRegistration");
    taskService.complete(tasks(instance, "approveRegistration").get(0).getId(), Map.of("approvalDecision", "ACCEPT"));
    runDueJobs();
    BpmnAwareTests.assertThat(instance).hasPassed("reviseRegistration", "allUnitsAccepted").isEnded();
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM registered_subject WHERE reg_year = 2027 AND subject_id = 'QHKT'", Integer.class)).isOne();
  }


  /** Individual titles are the registrable ones, one person a line; anything else is refused with the line's number. */
  @Test
  void individualTitlesAreTheRegistrableOnes() {
    ProcessInstance instance = open(2027);
    Task qhkt = task(instance, "registerUnit", "QHKT");
    assertThat(taskService.getVariable(qhkt.getId(), "unitStaff").toString()).as("the unit's people to pick, by name and position")
        .contains("{\"label\":\"Phan Quang Nam — Chuyên viên\",\"value\":\"nam.pq.qhkt\"}").doesNotContain("an.nv.vp");
    Map<String, String> wrong = Map.of(
        "[{\"username\":\"an.nv.vp\",\"title\":\"LDTT\"}]", "Danh hiệu cá nhân, dòng 1: hãy chọn một người của đơn vị.",
        "[{\"username\":\"nam.pq.qhkt\",\"title\":\"GIAY_KHEN_GD_SO\"}]",
        "Danh hiệu cá nhân, dòng 1: danh hiệu là Lao động tiên tiến, Chiến sĩ thi đua cơ sở hoặc Chiến sĩ thi đua tỉnh.",
        "[{\"username\":\"nam.pq.qhkt\",\"title\":\"LDTT\"},{\"username\":\"nam.pq.qhkt\",\"title\":\"CSTDCS\"}]",
        "Danh hiệu cá nhân, dòng 2: Phan Quang Nam đã có ở dòng trên: mỗi người một dòng.");
    wrong.forEach((titles, message) -> assertThatThrownBy(() -> taskService.complete(qhkt.getId(), registration("x")
        .putValueTyped("individualTitles", SpinValues.jsonValue(titles).create())))
        .isInstanceOf(InvalidInputException.class).hasMessage(message));
    assertThatThrownBy(() -> taskService.complete(qhkt.getId(), registration("x")
        .putValueTyped("individualTitles", SpinValues.jsonValue("[{\"username\":\"nam.pq.qhkt\",\"title\":\"SIEU_SAO\"}]").create())))
        .as("a title that does not exist").isInstanceOf(InvalidInputException.class);
    assertThat(registrations.status(2027, "QHKT")).as("nothing stored").isNull();

    taskService.complete(qhkt.getId(), registration("x").putValueTyped("individualTitles", SpinValues.jsonValue(
        "[{\"username\":\"nam.pq.qhkt\",\"title\":\"LDTT\"},{\"username\":\"thuy.lt.qhkt\",\"title\":\"CSTDCS\"}]").create()));
    assertThat(registrations.status(2027, "QHKT")).isEqualTo(UnitRegistrationStatus.SUBMITTED);
    Task review = task(instance, "reviewUnitRegistration", "QHKT");
    assertThat(taskService.getVariable(review.getId(), "individualTitles").toString()).as("the review reads names and titles")
        .contains("\"name\":\"Phan Quang Nam\"", "\"titleLabel\":\"Chiến sĩ thi đua cơ sở\"");
  }



  /** The targets are figures within their limits, for a unit head's own call as for the form (the form guard holds both). */
  @Test
  void theTargetsAreFiguresWithinTheirLimits() {
    ProcessInstance instance = open(2027);
    Task qhkt = task(instance, "registerUnit", "QHKT");
    identityService.setAuthentication("truongphong.qhkt", List.of("unit-head-qhkt"));
    try {
      for (String wrong : List.of("{\"target1\":150,\"target2\":100,\"target3\":100,\"target4\":1,\"target5\":100,\"target6\":90}",
          "{\"target1\":100,\"target2\":100,\"target3\":100,\"target4\":0,\"target5\":100,\"target6\":90}",
          "{\"target1\":\"một trăm\",\"target2\":100,\"target3\":100,\"target4\":1,\"target5\":100,\"target6\":90}",
          "{\"target2\":100,\"target3\":100,\"target4\":1,\"target5\":100,\"target6\":90}")) {
        assertThatThrownBy(() -> taskService.complete(qhkt.getId(), registration("x")
            .putValueTyped("indicatorTargets", SpinValues.jsonValue(wrong).create())))
            .as(wrong).isInstanceOf(InvalidInputException.class).hasMessageContaining("Chỉ tiêu");
      }
      assertThat(registrations.status(2027, "QHKT")).as("nothing stored").isNull();
      taskService.complete(qhkt.getId(), registration("x"));
    } finally {
      identityService.clearAuthentication();
    }
    assertThat(registrations.status(2027, "QHKT")).isEqualTo(UnitRegistrationStatus.SUBMITTED);
  }

  /** A registration kept before titles were picked (2026: the titles as one text) still reads. */
  @Test
  void aRegistrationWithTitlesWrittenAsTextStillReads() {
    registrations.open(2027, "earlier", LocalDate.of(2027, 3, 31), ClockUtil.getCurrentTime().toInstant());
    jdbc.update("INSERT INTO unit_registration (reg_year, unit_code, status, candidate_count, content, submitted_at) VALUES (2027, 'QHKT', "
        + "'ACCEPTED', 1, ?, CURRENT_TIMESTAMP)", "{\"unitTitle\":\"TTLDTT\",\"individualTitles\":\"Nguyễn Văn An — Lao động tiên tiến\","
        + "\"indicatorTargets\":{\"indicator3\":\"98%\"},\"candidates\":[{\"name\":\"Một cửa\"}]}");
    assertThat(registrationService.commitments(2027, "QHKT")).get()
        .satisfies(c -> assertThat(c.indicatorTexts()).containsEntry(3, "98%"));
  }
}
