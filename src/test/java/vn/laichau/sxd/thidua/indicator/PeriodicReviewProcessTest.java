package vn.laichau.sxd.thidua.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.laichau.sxd.thidua.registration.RegistrationTestSupport.inVietnam;
import static vn.laichau.sxd.thidua.registration.RegistrationTestSupport.today;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.laichau.sxd.thidua.Jobs;
import vn.laichau.sxd.thidua.document.DocumentChecks;
import vn.laichau.sxd.thidua.ThiduaTest;

/** Every path of periodic-review: reports, consolidation, the council's return, approval with and without a thematic round, and every refusal. */
@ThiduaTest
class PeriodicReviewProcessTest {

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired ManagementService managementService;
  @Autowired ReviewRepository reviews;
  @Autowired ReviewService reviewService;
  @Autowired JdbcTemplate jdbc;

  @Autowired ProcessEngine processEngine;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(processEngine);
    cleanUp();
    today(LocalDate.of(2026, 11, 24));
  }

  @AfterEach
  void cleanUp() {
    ClockUtil.reset();
    for (String key : List.of("periodic-review", "commendation-round", "document-generation")) {
      List<String> ids = runtimeService.createProcessInstanceQuery().processDefinitionKey(key).list().stream().map(p -> p.getId()).toList();
      if (!ids.isEmpty()) {
        runtimeService.deleteProcessInstances(ids, "test clean-up", true, true);
      }
    }
    jdbc.update("DELETE FROM document_unit WHERE document_id IN (SELECT id FROM document WHERE business_key LIKE 'SK-%')");
    jdbc.update("DELETE FROM document WHERE business_key LIKE 'SK-%'");
    jdbc.update("DELETE FROM indicator_value");
    jdbc.update("DELETE FROM periodic_review");
    jdbc.update("DELETE FROM nomination");
    jdbc.update("DELETE FROM commendation_round");
    jdbc.update("DELETE FROM exemplar WHERE business_key = 'DH-2026-TEST'");
    jdbc.update("DELETE FROM person_evaluation WHERE eval_year = 2026");
    jdbc.update("DELETE FROM notice");
    jdbc.update("DELETE FROM unit_registration WHERE reg_year = 2026");
    jdbc.update("DELETE FROM emulation_registration WHERE reg_year = 2026");
  }

  private ProcessInstance open(int year, String kind) {
    return runtimeService.startProcessInstanceByKey("periodic-review", Map.of("year", year, "reviewKind", kind));
  }

  private List<Task> tasks(ProcessInstance instance, String activity) {
    return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(activity).list();
  }

  private Task task(ProcessInstance instance, String activity) {
    List<Task> found = tasks(instance, activity);
    assertThat(found).as(activity).hasSize(1);
    return found.get(0);
  }

  private Task unitTask(ProcessInstance instance, String unitCode) {
    return tasks(instance, "reportIndicators").stream()
        .filter(t -> unitCode.equals(taskService.getVariable(t.getId(), "unitCode"))).findFirst().orElseThrow();
  }

  private String candidateGroup(Task task) {
    return taskService.getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getGroupId).filter(g -> g != null).findFirst()
        .orElse(null);
  }

  /** A unit's report as the Camunda Form sends it: the group "report" as one JSON value. */
  private static VariableMap report(String json) {
    return Variables.createVariables().putValueTyped("report", SpinValues.jsonValue(json).create());
  }

  private static VariableMap figures(Object procedures) {
    return report("{\"actual1\":100,\"actual2\":100,\"actual3\":" + procedures + ",\"actual5\":100,\"actual7\":0,"
        + "\"comment3\":\"Một hồ sơ trễ hạn do thiếu giấy tờ\"}");
  }

  private void reportAll(ProcessInstance instance) {
    tasks(instance, "reportIndicators").forEach(t -> taskService.complete(t.getId(), figures(100)));
  }

  private Map<Integer, ReviewRepository.IndicatorValue> values(String reviewKey, String unitCode) {
    return reviews.values(reviewKey).stream().filter(v -> v.unitCode().equals(unitCode))
        .collect(Collectors.toMap(ReviewRepository.IndicatorValue::indicator, v -> v));
  }

  private void ratingsOf2026() {
    jdbc.update("""
        INSERT INTO person_evaluation (eval_year, username, rating, months_worked, absence_days, discipline_level, under_investigation,
          registered, initiative_scope, accepted_science_work, imported_at)
        SELECT 2026, username, rating, months_worked, absence_days, discipline_level, under_investigation, registered, initiative_scope,
          accepted_science_work, imported_at FROM person_evaluation WHERE eval_year = 2025""");
  }

  private void agreeAndApprove(ProcessInstance instance, boolean thematicRound) {
    taskService.complete(task(instance, "consolidateReview").getId(), Map.of("summary", "Các đơn vị cơ bản đạt chỉ tiêu."));
    taskService.complete(task(instance, "councilReview").getId(), Map.of("councilDecision", "AGREE", "councilOpinion", "Thống nhất."));
    taskService.complete(task(instance, "approveReview").getId(), Map.of("approved", true, "startThematicRound", thematicRound));
  }

  @Test
  void everyUnitReportsAndTheReviewIsApproved() {
    ratingsOf2026();
    jdbc.update("INSERT INTO exemplar (business_key, reg_year, unit_code, candidate_index, name, kind, owner, stage, status, started_at) "
        + "VALUES ('DH-2026-TEST', 2026, 'QHKT', 99, 'Một cửa điện tử', 'MO_HINH', 'Tổ một cửa', 'NHAN_RONG', 'DONE', CURRENT_TIMESTAMP)");
    ProcessInstance instance = open(2026, "ANNUAL");

    assertThat(instance.getBusinessKey()).isEqualTo("SK-2026-ANNUAL");
    assertThat(tasks(instance, "reportIndicators")).hasSize(10);
    Task qhkt = unitTask(instance, "QHKT");
    assertThat(qhkt.getName()).isEqualTo("Báo cáo chỉ tiêu — Tổng kết năm 2026 — Phòng Quy hoạch – Kiến trúc");
    assertThat(candidateGroup(qhkt)).isEqualTo("unit-head-qhkt");
    assertThat(inVietnam(qhkt.getDueDate()).toLocalDate()).isEqualTo(LocalDate.of(2026, 12, 8));
    assertThat((String) taskService.getVariable(qhkt.getId(), "computedFigures")).contains("**Chỉ tiêu 4** (sổ điển hình): 1 mô hình");

    taskService.complete(qhkt.getId(), figures("97.5"));
    Map<Integer, ReviewRepository.IndicatorValue> figures = values("SK-2026-ANNUAL", "QHKT");
    assertThat(figures).hasSize(7);
    assertThat(figures.get(1).status()).isEqualTo("DAT");
    assertThat(figures.get(3).actual()).isEqualByComparingTo("97.5");
    assertThat(figures.get(3).status()).as("a shortfall at the year's end is a miss").isEqualTo("KHONG_DAT");
    assertThat(figures.get(3).comment()).isEqualTo("Một hồ sơ trễ hạn do thiếu giấy tờ");
    assertThat(figures.get(4).actual()).as("computed from the exemplar register").isEqualByComparingTo("1");
    assertThat(figures.get(4).status()).isEqualTo("DAT");
    BigDecimal share = jdbc.queryForObject("""
        SELECT 100.0 * SUM(CASE WHEN e.rating IN ('HTXSNV', 'HTTNV') THEN 1 ELSE 0 END) / COUNT(*) FROM person_evaluation e
        JOIN person p ON p.username = e.username WHERE e.eval_year = 2026 AND p.unit_code = 'QHKT'""", BigDecimal.class);
    assertThat(figures.get(6).actual()).as("computed from the ratings").isEqualByComparingTo(share.setScale(2, RoundingMode.HALF_UP));
    assertThat(figures.get(7).status()).isEqualTo("DAT");

    reportAll(instance);
    Task consolidate = task(instance, "consolidateReview");
    assertThat(candidateGroup(consolidate)).isEqualTo("secretariat");
    assertThat((String) taskService.getVariable(consolidate.getId(), "indicatorTable"))
        .contains("- **Phòng Quy hoạch – Kiến trúc**: đạt: 1, 2, 4, 5").contains("không đạt: 3");
    taskService.complete(consolidate.getId(), Map.of("summary", "Các đơn vị cơ bản đạt chỉ tiêu."));
    Task council = task(instance, "councilReview");
    assertThat(candidateGroup(council)).isEqualTo("council-chair");
    taskService.complete(council.getId(), Map.of("councilDecision", "AGREE", "councilOpinion", "Thống nhất trình Giám đốc."));
    Task approve = task(instance, "approveReview");
    assertThat(candidateGroup(approve)).isEqualTo("director");
    taskService.complete(approve.getId(), Map.of("approved", true, "startThematicRound", false));

    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(instance.getId()).singleResult().getEndActivityId())
        .isEqualTo("reviewApproved");
    ReviewRepository.Review review = reviews.find("SK-2026-ANNUAL").orElseThrow();
    assertThat(review.status()).isEqualTo("APPROVED");
    assertThat(review.summary()).isEqualTo("Các đơn vị cơ bản đạt chỉ tiêu.");
    assertThat(review.councilOpinion()).isEqualTo("Thống nhất trình Giám đốc.");
    assertThat(review.thematicRoundKey()).isNull();

    Jobs.runDueWithDocuments(managementService);
    Map<String, Object> report = jdbc.queryForMap("SELECT doc_number, pdf, docx FROM document WHERE business_key = 'SK-2026-ANNUAL'"
        + " AND kind = 'BAO_CAO_SO_KET_TONG_KET'");
    byte[] pdf = (byte[]) report.get("pdf");
    DocumentChecks.assertPagesAndFonts(pdf, 210, 297);
    DocumentChecks.assertStateFormatDocx((byte[]) report.get("docx"));
    assertThat(DocumentChecks.pdfText(pdf).replaceAll("\\s+", " ")).as("the approved review's report")
        .contains("Số: " + report.get("doc_number"), "/BC-SXD", "BÁO CÁO", "Tổng kết năm 2026", "Các đơn vị cơ bản đạt chỉ tiêu.",
            "Thống nhất trình Giám đốc.", "Phòng Quy hoạch – Kiến trúc", "97,5", "Không đạt", "Đạt");
  }

  @Test
  void unitsThatHaveNotReportedAreRemindedTwoWorkingDaysBeforeTheDueDate() {
    ProcessInstance instance = open(2026, "ANNUAL");
    taskService.complete(unitTask(instance, "QHKT").getId(), figures(100));

    today(LocalDate.of(2026, 12, 3));
    Jobs.runDue(managementService);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notice", Integer.class)).as("not yet").isZero();
    today(LocalDate.of(2026, 12, 4));
    Jobs.runDue(managementService);
    Jobs.runDue(managementService);

    assertThat(jdbc.queryForList("SELECT recipient_group FROM notice", String.class)).as("every unit but QHKT, once")
        .hasSize(9).doesNotContain("unit-head-qhkt").contains("unit-head-khtc");
    assertThat(jdbc.queryForObject("SELECT subject FROM notice WHERE recipient_group = 'unit-head-khtc'", String.class))
        .isEqualTo("Sắp đến hạn báo cáo chỉ tiêu — Tổng kết năm 2026 — Phòng Kế hoạch – Tài chính");
    assertThat(tasks(instance, "reportIndicators")).as("the reports are still open").hasSize(9);
  }

  /** QHKT's accepted 2026 registration with these targets, and its figures once it reports 97.5 at the year-end review. */
  private Map<Integer, ReviewRepository.IndicatorValue> annualFiguresOfQhktRegisteredAs(String indicatorTargets) {
    jdbc.update("INSERT INTO emulation_registration (reg_year, process_instance_id, deadline, opened_at) "
        + "VALUES (2026, 'test', DATE '2026-03-31', CURRENT_TIMESTAMP)");
    jdbc.update("INSERT INTO unit_registration (reg_year, unit_code, status, candidate_count, content, submitted_at) VALUES (2026, 'QHKT', "
        + "'ACCEPTED', 1, ?, CURRENT_TIMESTAMP)", "{\"indicatorTargets\":" + indicatorTargets + ",\"candidates\":[{}]}");
    ProcessInstance instance = open(2026, "ANNUAL");
    taskService.complete(unitTask(instance, "QHKT").getId(), figures("97.5"));
    return values("SK-2026-ANNUAL", "QHKT");
  }

  @Test
  void aShareTheUnitRegisteredIsItsTarget() {
    Map<Integer, ReviewRepository.IndicatorValue> figures = annualFiguresOfQhktRegisteredAs("{\"indicator3\":\"Giải quyết 97% hồ sơ đúng hạn "
        + "năm 2026\",\"indicator6\":\"Trên 90% hoàn thành tốt\",\"indicator7\":\"Không ai bị kỷ luật, 0%\"}");
    assertThat(figures.get(3).target()).as("the unit's own commitment").isEqualByComparingTo("97");
    assertThat(figures.get(3).status()).isEqualTo("DAT");
    assertThat(figures.get(1).target()).as("nothing registered: the plan's").isEqualByComparingTo("100");
    assertThat(figures.get(7).target()).as("counts follow the plan").isEqualByComparingTo("0");
  }

  @Test
  void theFiguresTheUnitRegisteredAreItsTargets() {
    Map<Integer, ReviewRepository.IndicatorValue> figures = annualFiguresOfQhktRegisteredAs(
        "{\"target3\":\"98.5\",\"indicator3\":\"Giải quyết 97% hồ sơ\",\"target4\":\"2\"}");
    assertThat(figures.get(3).target()).as("the figure, not the text").isEqualByComparingTo("98.5");
    assertThat(figures.get(3).status()).isEqualTo("KHONG_DAT");
    assertThat(figures.get(4).target()).as("a count the unit registered").isEqualByComparingTo("2");
    assertThat(figures.get(1).target()).as("nothing registered: the plan's").isEqualByComparingTo("100");
  }

  @Test
  void atTheSixMonthReviewAShortfallIsARiskAndMissingRatingsAreNoFigure() {
    ProcessInstance instance = open(2026, "SIX_MONTH");
    taskService.complete(unitTask(instance, "QHKT").getId(), figures("97.5"));

    Map<Integer, ReviewRepository.IndicatorValue> figures = values("SK-2026-SIX_MONTH", "QHKT");
    assertThat(figures.get(3).status()).isEqualTo("CO_NGUY_CO");
    assertThat(figures.get(4).status()).as("no exemplar through all four steps yet").isEqualTo("CO_NGUY_CO");
    assertThat(figures.get(6).actual()).as("no ratings of 2026 yet").isNull();
    assertThat(figures.get(6).status()).isNull();
  }

  @Test
  void theCouncilReturnsTheConsolidationWithItsOpinion() {
    ProcessInstance instance = open(2026, "ANNUAL");
    reportAll(instance);
    taskService.complete(task(instance, "consolidateReview").getId(), Map.of("summary", "Bản đầu."));
    taskService.complete(task(instance, "councilReview").getId(),
        Map.of("councilDecision", "RETURN", "councilOpinion", "Bổ sung nguyên nhân chỉ tiêu 3."));

    Task again = task(instance, "consolidateReview");
    assertThat(taskService.getVariable(again.getId(), "councilOpinion")).isEqualTo("Bổ sung nguyên nhân chỉ tiêu 3.");
    agreeAndApprove(instance, false);
    assertThat(reviews.find("SK-2026-ANNUAL").orElseThrow().status()).isEqualTo("APPROVED");
  }

  @Test
  void theDirectorStartsAThematicRound() {
    ratingsOf2026();
    ProcessInstance instance = open(2026, "ANNUAL");
    reportAll(instance);
    agreeAndApprove(instance, true);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).count()).as("waits for the async start")
        .isEqualTo(1);

    Jobs.runDue(managementService);

    ProcessInstance round = runtimeService.createProcessInstanceQuery().processDefinitionKey("commendation-round").singleResult();
    assertThat(round.getBusinessKey()).isEqualTo("KT-2026-CHUYEN_DE-1");
    assertThat(reviews.find("SK-2026-ANNUAL").orElseThrow().thematicRoundKey()).isEqualTo("KT-2026-CHUYEN_DE-1");
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(instance.getId()).singleResult().getEndActivityId())
        .isEqualTo("reviewApprovedWithRound");
  }

  @Test
  void aThematicRoundWithoutTheYearsRatingsIsRefusedAtApproval() {
    ProcessInstance instance = open(2026, "ANNUAL");
    reportAll(instance);
    taskService.complete(task(instance, "consolidateReview").getId(), Map.of("summary", "Tổng hợp."));
    taskService.complete(task(instance, "councilReview").getId(), Map.of("councilDecision", "AGREE", "councilOpinion", "Thống nhất."));
    Task approve = task(instance, "approveReview");

    assertThatThrownBy(() -> taskService.complete(approve.getId(), Map.of("approved", true, "startThematicRound", true)))
        .hasMessageContaining("Chưa có kết quả đánh giá, xếp loại năm 2026");
    assertThatThrownBy(() -> taskService.complete(approve.getId(), Map.of("approved", false)))
        .hasMessageContaining("Hãy xác nhận phê duyệt");
    assertThat(task(instance, "approveReview").getId()).isEqualTo(approve.getId());
    assertThat(reviews.find("SK-2026-ANNUAL").orElseThrow().status()).isEqualTo("OPEN");
  }

  @Test
  void badFiguresAreRefusedAndChangeNothing() {
    ProcessInstance instance = open(2026, "ANNUAL");
    Task qhkt = unitTask(instance, "QHKT");

    assertThatThrownBy(() -> taskService.complete(qhkt.getId(), figures(120)))
        .hasMessageContaining("tỷ lệ phải từ 0 đến 100%, không được 120%");
    assertThatThrownBy(() -> taskService.complete(qhkt.getId(), report("{\"actual1\":100,\"actual2\":100,\"actual3\":100,\"actual5\":100,\"actual7\":-1}")))
        .hasMessageContaining("Chỉ tiêu 7").hasMessageContaining("số nguyên không âm");
    assertThatThrownBy(() -> taskService.complete(qhkt.getId(), report("{\"actual1\":100,\"actual2\":100,\"actual3\":100,\"actual5\":100,\"actual7\":1.5}")))
        .hasMessageContaining("số nguyên không âm");
    assertThatThrownBy(() -> taskService.complete(qhkt.getId(), report("{\"actual1\":100,\"actual3\":100,\"actual5\":100,\"actual7\":0}")))
        .hasMessageContaining("Chỉ tiêu 2").hasMessageContaining("hãy nhập kết quả thực hiện");
    assertThatThrownBy(() -> taskService.complete(qhkt.getId(), report("{\"actual1\":\"một trăm\",\"actual2\":100,\"actual3\":100,\"actual5\":100,\"actual7\":0}")))
        .hasMessageContaining("kết quả phải là một số");

    assertThat(reviews.values("SK-2026-ANNUAL")).isEmpty();
    assertThat(unitTask(instance, "QHKT").getId()).isEqualTo(qhkt.getId());
  }

  @Test
  void aStartWithABadYearOrKindOrATwiceOpenedReviewIsRefused() {
    assertThatThrownBy(() -> open(2025, "ANNUAL")).hasMessageContaining("Năm sơ kết phải là một năm của kế hoạch 2026–2030");
    assertThatThrownBy(() -> open(2026, "QUARTER")).hasMessageContaining("Loại kỳ sơ kết phải là");
    assertThatThrownBy(() -> open(2028, "ANNUAL")).hasMessageContaining("Sơ kết giữa kỳ 2026–2030").hasMessageContaining("MID_TERM");
    assertThatThrownBy(() -> open(2027, "FINAL")).hasMessageContaining("Tổng kết năm");
    open(2026, "ANNUAL");
    assertThatThrownBy(() -> open(2026, "ANNUAL")).hasMessageContaining("Đã có kỳ Tổng kết năm 2026 (SK-2026-ANNUAL)");

    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("periodic-review").count()).isEqualTo(1);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM periodic_review", Integer.class)).isEqualTo(1);
  }

  @Test
  void reviewsOpenOnTheConfiguredDaysOnce() {
    today(LocalDate.of(2026, 6, 12));
    assertThat(reviewService.startDueReviews()).isEmpty();
    today(LocalDate.of(2026, 6, 15));
    assertThat(reviewService.startDueReviews()).containsExactly("SK-2026-SIX_MONTH");
    assertThat(reviewService.startDueReviews()).as("already open").isEmpty();
    today(LocalDate.of(2026, 11, 16));
    assertThat(reviewService.startDueReviews()).containsExactly("SK-2026-ANNUAL");
    today(LocalDate.of(2028, 11, 15));
    assertThat(reviewService.startDueReviews()).containsExactly("SK-2028-MID_TERM");
    today(LocalDate.of(2030, 12, 1));
    assertThat(reviewService.startDueReviews()).containsExactly("SK-2030-FINAL");
    today(LocalDate.of(2031, 12, 1));
    assertThat(reviewService.startDueReviews()).as("after the plan").isEmpty();
  }

  /** The late path on its own (as Camunda's invoice example starts it): the Director approves without a thematic round. */
  @Test
  void startedAtTheApprovalTheReviewIsApprovedWithoutAThematicRound() {
    reviews.open("SK-2026-ANNUAL", 2026, ReviewKind.ANNUAL, "mid-process", ClockUtil.getCurrentTime().toInstant());
    ProcessInstance review = runtimeService.createProcessInstanceByKey("periodic-review").businessKey("SK-2026-ANNUAL")
        .startBeforeActivity("approveReview")
        .setVariables(Map.of("year", 2026, "reviewKey", "SK-2026-ANNUAL", "reviewName", "Tổng kết năm 2026")).execute();
    BpmnAwareTests.assertThat(review).isWaitingAt("approveReview").task().hasCandidateGroup("director");

    taskService.complete(task(review, "approveReview").getId(), Map.of("approved", true, "startThematicRound", false));

    BpmnAwareTests.assertThat(review).hasPassed("reviewApproved").hasNotPassed("startThematicRound").isEnded();
    assertThat(jdbc.queryForObject("SELECT status FROM periodic_review WHERE review_key = 'SK-2026-ANNUAL'", String.class))
        .isEqualTo("APPROVED");
  }

}
