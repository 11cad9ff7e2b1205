package vn.laichau.sxd.thidua.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.laichau.sxd.thidua.Http;
import vn.laichau.sxd.thidua.ThiduaTest;
import vn.laichau.sxd.thidua.document.DocumentChecks;
import vn.laichau.sxd.thidua.registration.RegistrationTestSupport;

/** The dossier's diary: written with the action, in words, readable by the people concerned, and a broken chain shows. */
@ThiduaTest
class AuditTrailTest {

  static final String REPORT = "{\"variables\":{\"report\":{\"type\":\"Json\",\"value\":"
      + "\"{\\\"actual1\\\":100,\\\"actual2\\\":100,\\\"actual3\\\":98,\\\"actual5\\\":100,\\\"actual7\\\":0}\"}}}";
  static final String BAD_REPORT = "{\"variables\":{\"report\":{\"type\":\"Json\",\"value\":"
      + "\"{\\\"actual1\\\":100,\\\"actual2\\\":100,\\\"actual3\\\":98,\\\"actual5\\\":100,\\\"actual7\\\":-1}\"}}}";

  @LocalServerPort int port;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired ManagementService managementService;
  @Autowired RepositoryService repositoryService;
  @Autowired JdbcTemplate jdbc;
  private Http http;

  @BeforeEach
  void setUp() {
    cleanUp();
    http = new Http(port);
    RegistrationTestSupport.today(LocalDate.of(2026, 6, 22));
  }

  @AfterEach
  void cleanUp() {
    ClockUtil.reset();
    List<String> ids = runtimeService.createProcessInstanceQuery().processDefinitionKey("periodic-review").list().stream()
        .map(p -> p.getId()).toList();
    if (!ids.isEmpty()) {
      runtimeService.deleteProcessInstances(ids, "test clean-up", true, true);
    }
    jdbc.update("DELETE FROM indicator_value");
    jdbc.update("DELETE FROM periodic_review");
  }

  private ProcessInstance openReview() {
    ProcessInstance review = runtimeService.startProcessInstanceByKey("periodic-review", Map.of("year", 2026, "reviewKind", "SIX_MONTH"));
    return runtimeService.createProcessInstanceQuery().processInstanceId(review.getId()).singleResult();
  }

  private Task reportOf(ProcessInstance review, String unitCode) {
    return taskService.createTaskQuery().processInstanceId(review.getId()).taskDefinitionKey("reportIndicators").list().stream()
        .filter(t -> unitCode.equals(taskService.getVariable(t.getId(), "unitCode"))).findFirst().orElseThrow();
  }

  /** The entries a reader sees, less the first {@code skip} (a dossier key is used by earlier tests too: its diary stays). */
  private List<JsonNode> entries(String businessKey, String reader, int skip) {
    Http.Response answer = http.get("/api/audit?businessKey=" + businessKey, reader);
    assertThat(answer.status()).isEqualTo(200);
    List<JsonNode> entries = new ArrayList<>();
    answer.json().forEach(entries::add);
    return entries.subList(Math.min(skip, entries.size()), entries.size());
  }

  private List<String> texts(String businessKey, String reader, int skip) {
    return entries(businessKey, reader, skip).stream().map(entry -> entry.path("text").asText()).toList();
  }

  @Test
  void whoDidWhatInWordsReadByThePeopleConcerned() {
    String key = "SK-2026-SIX_MONTH";
    int office = entries(key, "chanhvanphong", 0).size();
    int unit = entries(key, "truongphong.qhkt", 0).size();
    int otherUnit = entries(key, "truongphong.qlxd", 0).size();
    ProcessInstance review = openReview();
    assertThat(review.getBusinessKey()).isEqualTo(key);
    Task qhkt = reportOf(review, "QHKT");
    assertThat(http.post("/engine-rest/task/" + qhkt.getId() + "/complete", "truongphong.qhkt", REPORT).status()).isEqualTo(204);

    List<JsonNode> entries = entries(key, "chanhvanphong", office);
    assertThat(entries).hasSize(2);
    assertThat(entries.get(0).path("action").asText()).isEqualTo("OPENED");
    assertThat(entries.get(0).path("text").asText()).isEqualTo("Mở hồ sơ «Sơ kết / Tổng kết».");
    JsonNode completed = entries.get(entries.size() - 1);
    assertThat(completed.path("action").asText()).isEqualTo("COMPLETED");
    assertThat(completed.path("actor").asText()).isEqualTo("truongphong.qhkt");
    assertThat(completed.path("actorName").asText()).isEqualTo("Nguyễn Thị Thu Hà");
    assertThat(completed.path("text").asText()).startsWith("Hoàn thành «Báo cáo chỉ tiêu").contains("Phòng Quy hoạch – Kiến trúc");
    assertThat(completed.path("at").asText()).startsWith("2026-06-22");

    assertThat(texts(key, "truongphong.qhkt", unit)).as("the unit head reads the entries of their unit")
        .containsExactly(completed.path("text").asText());
    assertThat(texts(key, "truongphong.qlxd", otherUnit)).as("another unit's head reads nothing of it").isEmpty();
    assertThat(texts(key, "giamdoc", office)).hasSize(2);
    assertThat(http.get("/api/audit", "giamdoc").status()).isEqualTo(400);

    try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(http.bytes("/api/audit/export.xlsx?businessKey=" + key,
        "truongphong.qhkt")))) {
      List<Row> rows = workbook.getFirstSheet().read();
      assertThat(rows.get(0).getCellText(0)).isEqualTo("Nhật ký hồ sơ " + key);
      assertThat(rows.get(1).getCellText(1)).as("the empty row is not read").isEqualTo("Thời điểm (giờ Việt Nam)");
      Row last = rows.get(rows.size() - 1);
      assertThat(last.getCellText(1)).startsWith("22/06/2026 ");
      assertThat(last.getCellText(2)).isEqualTo("Nguyễn Thị Thu Hà");
      assertThat(last.getCellText(4)).isEqualTo(completed.path("text").asText());
      assertThat(rows).as("the unit head's part only").hasSize(2 + unit + 1);
    } catch (IOException e) {
      throw new AssertionError(e);
    }

    byte[] pdf = http.bytes("/api/audit/export.pdf?businessKey=" + key, "truongphong.qhkt");
    DocumentChecks.assertPagesAndFonts(pdf, 210, 297);
    String extract = DocumentChecks.words(DocumentChecks.pdfText(pdf));
    assertThat(Stream.of("SỞ XÂY DỰNG", "TRÍCH LỤC NHẬT KÝ HỒ SƠ", "Mã hồ sơ: " + key, "theo yêu cầu của Nguyễn Thị Thu Hà; gồm " + (unit + 1)
        + " mục ghi", "Nguyễn Thị Thu Hà", completed.path("text").asText()).map(DocumentChecks::words)).allMatch(extract::contains);
    assertThat(extract).doesNotContain("Số:", "{{", "[");
    assertThat(DocumentChecks.words(DocumentChecks.pdfText(http.bytes("/api/audit/export.pdf?businessKey=" + key, "truongphong.qlxd"))))
        .as("the same rights as the page").contains(DocumentChecks.words("gồm " + otherUnit + " mục ghi"));
  }

  @Test
  void aTaskLeadsToItsDossierForThoseWhoMaySeeIt() {
    ProcessInstance review = openReview();
    String task = reportOf(review, "QHKT").getId();
    assertThat(http.get("/api/audit/dossier?taskId=" + task, "truongphong.qhkt").json().path("businessKey").asText())
        .isEqualTo(review.getBusinessKey());
    assertThat(http.get("/api/audit/dossier?taskId=" + task, "truongphong.qlxd").status()).as("another unit's task").isEqualTo(404);
    assertThat(http.get("/api/audit/dossier?taskId=nothing", "truongphong.qhkt").status()).isEqualTo(404);
  }

  @Test
  void theWebappsLoginReadsTheDiary() {
    openReview();
    Http.Webapp webapp = http.login("welcome", "chanhvanphong", Http.DEMO_PASSWORD);
    Http.Response response = webapp.get("/api/audit?businessKey=SK-2026-SIX_MONTH");
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    assertThat(response.json().size()).isPositive();
  }

  @Test
  void theOrganisationsDiarySaysWhoImportedIt() {
    JsonNode diary = http.get("/api/audit?businessKey=TO-CHUC", "giamdoc").json();
    assertThat(diary.get(0).path("action").asText()).isEqualTo("ORGANISATION_CHANGED");
    assertThat(diary.get(0).path("text").asText()).isEqualTo("Nhập tệp tổ chức: 10 phòng, đơn vị, 54 người.");
    assertThat(diary.get(0).path("actorName").asText()).as("the demo organisation, loaded at start").isEqualTo("Hệ thống");
    assertThat(http.get("/api/audit?businessKey=TO-CHUC", "truongphong.qhkt").json()).as("the Office's diary").isEmpty();
  }

  @Test
  void theEnginesHistoryCleanupLeavesTheDiaryWhole() {
    ProcessInstance review = openReview();
    assertThat(http.post("/engine-rest/task/" + reportOf(review, "QHKT").getId() + "/complete", "truongphong.qhkt", REPORT).status())
        .isEqualTo(204);
    runtimeService.deleteProcessInstance(review.getId(), "kỳ sơ kết mở nhầm");
    List<String> diary = jdbc.queryForList("SELECT text FROM audit_entry WHERE business_key = ? ORDER BY id", String.class,
        review.getBusinessKey());
    assertThat(diary).last().asString().isEqualTo("Hủy hồ sơ «Sơ kết / Tổng kết».");

    assertThat(repositoryService.createProcessDefinitionQuery().list()).as("the retention (10 years) rules, with its leap days")
        .allSatisfy(definition -> assertThat(definition.getHistoryTimeToLive()).isEqualTo(3653));
    Instant ended = historyService.createHistoricProcessInstanceQuery().processInstanceId(review.getId()).singleResult()
        .getEndTime().toInstant();

    // A day before the retention ends, the engine's history cleanup leaves the dossier's history.
    cleanUpHistoryAt(ended.plus(3652, ChronoUnit.DAYS), review.getId());
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(review.getId()).count())
        .as("the engine's history is kept as long as the retention").isOne();
    // Eleven years on, it removes it.
    cleanUpHistoryAt(ended.plus(11 * 366, ChronoUnit.DAYS), review.getId());
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(review.getId()).count())
        .as("the engine's history of the dossier is gone").isZero();
    assertThat(jdbc.queryForList("SELECT text FROM audit_entry WHERE business_key = ? ORDER BY id", String.class, review.getBusinessKey()))
        .as("the diary is not").isEqualTo(diary);
    assertThat(http.get("/api/audit/verify", "admin").json().path("ok").asBoolean()).isTrue();
  }

  private void cleanUpHistoryAt(Instant now, String instanceId) {
    ClockUtil.setCurrentTime(Date.from(now));
    String cleanup = historyService.cleanUpHistoryAsync(true).getId();
    for (int batch = 0; batch < 20 && historyService.createHistoricProcessInstanceQuery().processInstanceId(instanceId).count() > 0
        && managementService.createJobQuery().jobId(cleanup).count() > 0; batch++) {
      managementService.executeJob(cleanup);
    }
    // The cleanup job would stay scheduled for the other tests' clocks.
    historyService.findHistoryCleanupJobs().forEach(job -> managementService.deleteJob(job.getId()));
  }

  @Test
  void aRefusedActionLeavesNoEntry() {
    ProcessInstance review = openReview();
    long before = jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry", Long.class);
    Http.Response refused = http.post("/engine-rest/task/" + reportOf(review, "QHKT").getId() + "/complete", "truongphong.qhkt", BAD_REPORT);
    assertThat(refused.status()).isBetween(400, 499);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry", Long.class)).isEqualTo(before);
  }

  @Test
  void reassigningThroughTheRestApiIsRecorded() {
    ProcessInstance review = openReview();
    Task qhkt = reportOf(review, "QHKT");
    assertThat(http.post("/engine-rest/task/" + qhkt.getId() + "/assignee", "admin", "{\"userId\":\"truongphong.qhkt\"}").status())
        .isEqualTo(204);

    List<Map<String, Object>> assigned = jdbc.queryForList("SELECT actor, text FROM audit_entry WHERE business_key = ? AND action = 'ASSIGNED'",
        review.getBusinessKey());
    assertThat(assigned).hasSize(1);
    assertThat(assigned.get(0).values()).containsExactly("admin",
        "Giao việc «" + qhkt.getName() + "» cho Nguyễn Thị Thu Hà.");
  }

  @Test
  void anEditedOrRemovedEntryBreaksTheChainThere() {
    ProcessInstance review = openReview();
    assertThat(http.post("/engine-rest/task/" + reportOf(review, "QHKT").getId() + "/complete", "truongphong.qhkt", REPORT).status())
        .isEqualTo(204);
    JsonNode intact = http.get("/api/audit/verify", "admin").json();
    assertThat(intact.path("ok").asBoolean()).isTrue();
    assertThat(intact.path("firstBroken").isNull()).isTrue();
    long entries = intact.path("entries").asLong();
    assertThat(entries).isGreaterThanOrEqualTo(2);
    assertThat(http.get("/api/audit/verify", "giamdoc").status()).as("administrators only").isEqualTo(403);

    long opened = jdbc.queryForObject("SELECT MAX(id) FROM audit_entry WHERE business_key = ? AND action = 'OPENED'", Long.class,
        review.getBusinessKey());
    String text = jdbc.queryForObject("SELECT text FROM audit_entry WHERE id = ?", String.class, opened);
    try {
      jdbc.update("UPDATE audit_entry SET text = 'Mở hồ sơ khác.' WHERE id = ?", opened);
      JsonNode edited = http.get("/api/audit/verify", "admin").json();
      assertThat(edited.path("ok").asBoolean()).isFalse();
      assertThat(edited.path("firstBroken").asLong()).isEqualTo(opened);
    } finally {
      jdbc.update("UPDATE audit_entry SET text = ? WHERE id = ?", text, opened);
    }

    Map<String, Object> last = jdbc.queryForMap("SELECT * FROM audit_entry WHERE id = (SELECT MAX(id) FROM audit_entry)");
    long lastId = ((Number) last.values().iterator().next()).longValue();
    jdbc.update("DELETE FROM audit_entry WHERE id = ?", lastId);
    try {
      JsonNode removed = http.get("/api/audit/verify", "admin").json();
      assertThat(removed.path("ok").asBoolean()).isFalse();
      assertThat(removed.path("firstBroken").asLong()).as("the head still names the removed last entry").isEqualTo(lastId);
    } finally {
      jdbc.update("INSERT INTO audit_entry (id, business_key, recorded_at, actor, actor_name, action, text, unit_code, subject, previous_hash, hash)"
          + " SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ? FROM audit_head WHERE id = 1", last.values().toArray());
    }
    assertThat(http.get("/api/audit/verify", "admin").json().path("ok").asBoolean()).as("restored").isTrue();
  }
}
