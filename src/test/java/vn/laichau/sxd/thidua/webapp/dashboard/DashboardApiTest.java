package vn.laichau.sxd.thidua.webapp.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
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
import vn.laichau.sxd.thidua.calendar.WorkingDayCalendar;
import vn.laichau.sxd.thidua.registration.RegistrationTestSupport;

/** The dashboard's data: who sees which units, the lists behind the figures, the Excel export, and the webapps' login. */
@ThiduaTest
class DashboardApiTest {

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired WorkingDayCalendar workingDays;
  private Http http;

  @BeforeEach
  void seed() {
    cleanUp();
    http = new Http(port);
    jdbc.update("INSERT INTO periodic_review (review_key, review_year, review_kind, process_instance_id, status, opened_at) "
        + "VALUES ('SK-2026-ANNUAL', 2026, 'ANNUAL', 'test', 'APPROVED', CURRENT_TIMESTAMP)");
    for (String unit : List.of("QHKT", "VP")) {
      for (int indicator = 1; indicator <= 7; indicator++) {
        String status = indicator == 3 && unit.equals("QHKT") ? "KHONG_DAT" : "DAT";
        jdbc.update("INSERT INTO indicator_value (review_key, unit_code, indicator_no, target, actual, status, status_reason) "
            + "VALUES ('SK-2026-ANNUAL', ?, ?, 100, ?, ?, 'lý do')", unit, indicator, status.equals("DAT") ? 100 : 95, status);
      }
    }
    jdbc.update("INSERT INTO award_entry (entry_kind, subject_type, subject_id, award_year, award_code, commendation_type, decision_number, "
        + "decision_date, decided_by, amount_vnd, recorded_at) VALUES ('AWARD', 'INDIVIDUAL', 'truongphong.qhkt', 2026, 'CSTDCS', "
        + "'CONG_TRANG', 'TEST-DASH', DATE '2027-01-20', 'GIAM_DOC_SO', 2340000, CURRENT_TIMESTAMP)");
    jdbc.update("INSERT INTO award_entry (entry_kind, subject_type, subject_id, award_year, award_code, commendation_type, decision_number, "
        + "decision_date, decided_by, amount_vnd, recorded_at) VALUES ('AWARD', 'COLLECTIVE', 'VP', 2026, 'TTLDTT', "
        + "'CONG_TRANG', 'TEST-DASH', DATE '2027-01-20', 'GIAM_DOC_SO', 1872000, CURRENT_TIMESTAMP)");
  }

  @AfterEach
  void cleanUp() {
    ClockUtil.reset();
    for (String key : List.of("periodic-review", "commendation-round")) {
      List<String> ids = runtimeService.createProcessInstanceQuery().processDefinitionKey(key).list().stream().map(p -> p.getId()).toList();
      if (!ids.isEmpty()) {
        runtimeService.deleteProcessInstances(ids, "test clean-up", true, true);
      }
    }
    jdbc.update("DELETE FROM nomination");
    jdbc.update("DELETE FROM commendation_round");
    jdbc.update("DELETE FROM indicator_value");
    jdbc.update("DELETE FROM periodic_review");
    jdbc.update("DELETE FROM award_entry WHERE decision_number = 'TEST-DASH'");
  }

  private JsonNode summary(String user) {
    Http.Response response = http.get("/api/dashboard?year=2026", user);
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.json();
  }

  @Test
  void theDirectorSeesEveryUnit() {
    JsonNode summary = summary("giamdoc");

    assertThat(summary.path("allUnits").asBoolean()).isTrue();
    assertThat(summary.path("units")).hasSize(10);
    assertThat(summary.path("indicators").path("reviewName").asText()).isEqualTo("Tổng kết năm 2026");
    assertThat(summary.path("indicators").path("rows")).hasSize(10);
    JsonNode qhkt = rowOf(summary.path("indicators").path("rows"), "QHKT");
    assertThat(qhkt.path("cells").get(2).path("status").asText()).isEqualTo("KHONG_DAT");
    assertThat(qhkt.path("cells").get(2).path("statusLabel").asText()).isEqualTo("Không đạt");
    assertThat(summary.path("indicators").path("statusCounts").path("DAT").asLong()).isEqualTo(13);
    assertThat(summary.path("indicators").path("statusCounts").path("NONE").asLong()).as("eight units without figures").isEqualTo(56);
    assertThat(summary.path("awards")).extracting(a -> a.path("label").asText() + ":" + a.path("count").asLong() + ":" + a.path("amountVnd").asLong())
        .containsExactlyInAnyOrder("Chiến sĩ thi đua cơ sở:1:2340000", "Tập thể lao động tiên tiến:1:1872000");
    assertThat(summary.path("tasks")).extracting(t -> t.path("group").asText()).contains("unit-head-qhkt", "secretariat", "director");
    assertThat(summary.path("exemplars")).extracting(c -> c.path("label").asText())
        .containsExactly("Phát hiện", "Bồi dưỡng", "Tổng kết", "Nhân rộng", "Hoàn thành bốn bước", "Đã dừng");
  }

  @Test
  void aUnitHeadSeesOnlyTheirUnit() {
    JsonNode summary = summary("truongphong.qhkt");

    assertThat(summary.path("allUnits").asBoolean()).isFalse();
    assertThat(summary.path("units")).extracting(u -> u.path("code").asText()).containsExactly("QHKT");
    assertThat(summary.path("indicators").path("rows")).extracting(r -> r.path("unitCode").asText()).containsExactly("QHKT");
    assertThat(summary.path("tasks")).extracting(t -> t.path("group").asText()).containsExactly("unit-head-qhkt");
    assertThat(summary.path("awards")).extracting(a -> a.path("awardCode").asText()).containsExactly("CSTDCS");

    Http.Response other = http.get("/api/dashboard/tables/indicators?year=2026&filter=VP", "truongphong.qhkt");
    assertThat(other.json().path("rows")).as("another unit's figures are not in scope").isEmpty();
  }

  @Test
  void othersAreRefusedAndAnonymousGetsAPlain401() {
    Http.Response council = http.get("/api/dashboard?year=2026", "bithudoan");
    assertThat(council.status()).isEqualTo(403);
    assertThat(council.json().path("message").asText()).isEqualTo("Bạn không có quyền thực hiện thao tác này.");

    Http.Response anonymous = http.get("/api/dashboard?year=2026", null);
    assertThat(anonymous.status()).isEqualTo(401);
    assertThat(anonymous.headers().firstValue("WWW-Authenticate")).as("no browser password dialog").isEmpty();
    assertThat(anonymous.json().path("message").asText()).isEqualTo("Hãy đăng nhập vào hệ thống Thi đua.");
    assertThat(http.get("/api/exemplars", null).headers().firstValue("WWW-Authenticate")).as("other APIs still ask for Basic")
        .contains("Basic realm=\"thidua\"");
  }

  @Test
  void theWebappsLoginOpensTheDashboard() {
    Http.Webapp webapp = http.login("welcome", "giamdoc", Http.DEMO_PASSWORD);
    Http.Response response = webapp.get("/api/dashboard?year=2026");
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.json().path("allUnits").asBoolean()).isTrue();
    assertThat(webapp.get("/dashboard/").body()).contains("Bảng điều hành thi đua, khen thưởng");
  }

  @Test
  void eachFigureOpensItsList() {
    runtimeService.startProcessInstanceByKey("periodic-review", Map.of("year", 2026, "reviewKind", "SIX_MONTH"));
    RegistrationTestSupport.today(LocalDate.of(2027, 1, 15));

    JsonNode tasks = rowOf(summary("giamdoc").path("tasks"), "unit-head-qhkt");
    assertThat(tasks.path("open").asLong()).isEqualTo(1);
    assertThat(tasks.path("overdue").asLong()).isEqualTo(1);
    JsonNode overdue = http.get("/api/dashboard/tables/tasks?year=2026&filter=unit-head-qhkt&kind=overdue", "giamdoc").json();
    assertThat(overdue.path("title").asText()).isEqualTo("Công việc quá hạn — Phòng Quy hoạch – Kiến trúc");
    assertThat(overdue.path("rows").get(0).get(0).asText()).isEqualTo("Báo cáo chỉ tiêu — Sơ kết 6 tháng đầu năm 2026 — Phòng Quy hoạch – Kiến trúc");
    assertThat(overdue.path("links").get(0).asText()).startsWith("/camunda/app/tasklist/default/#/?task=");

    JsonNode awards = http.get("/api/dashboard/tables/awards?year=2026&filter=TTLDTT", "giamdoc").json();
    assertThat(awards.path("rows")).hasSize(1);
    assertThat(awards.path("rows").get(0).get(1).asText()).isEqualTo("Văn phòng Sở");

    Http.Response unknown = http.get("/api/dashboard/tables/salaries?year=2026", "giamdoc");
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.json().path("message").asText()).contains("Không có bảng \"salaries\"");
  }

  @Test
  void anyTableDownloadsAsExcelWithVietnameseHeaders() throws IOException, InterruptedException {
    HttpResponse<byte[]> response = HttpClient.newHttpClient().send(http.request("/api/dashboard/tables/indicators.xlsx?year=2026", "giamdoc")
        .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
    assertThat(response.headers().firstValue("Content-Disposition")).hasValueSatisfying(v -> assertThat(v).contains("thi-dua-indicators-2026.xlsx"));

    try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(response.body()))) {
      List<Row> rows = workbook.getFirstSheet().read();
      assertThat(rows.get(0).getCellText(0)).isEqualTo("Kết quả bảy chỉ tiêu — Tổng kết năm 2026");
      Row headers = rows.get(1);
      assertThat(headers.getRowNum()).as("a blank line under the title").isEqualTo(3);
      assertThat(headers.getCellText(0)).isEqualTo("Phòng, đơn vị");
      assertThat(headers.getCellText(4)).isEqualTo("Trạng thái");
      assertThat(rows).hasSize(2 + 14);
      assertThat(rows.stream().skip(2).map(r -> r.getCellText(4))).contains("Không đạt");
    }
  }

  @Test
  void taskFiguresCountWhatTheEnginesOwnQueriesCount() {
    ProcessInstance review = runtimeService.startProcessInstanceByKey("periodic-review", Map.of("year", 2026, "reviewKind", "SIX_MONTH"));
    RegistrationTestSupport.today(LocalDate.of(2026, 6, 20));
    List<Task> reports = taskService.createTaskQuery().processInstanceId(review.getId()).list();
    Date now = ClockUtil.getCurrentTime();
    Date later = Date.from(LocalDate.of(2026, 6, 23).atStartOfDay(ZoneId.systemDefault()).toInstant());
    Date farAway = Date.from(LocalDate.of(2026, 12, 31).atStartOfDay(ZoneId.systemDefault()).toInstant());
    Date past = Date.from(LocalDate.of(2026, 6, 1).atStartOfDay(ZoneId.systemDefault()).toInstant());
    List<Date> dues = java.util.Arrays.asList(past, later, farAway, null, past, later);
    for (int i = 0; i < reports.size(); i++) {
      Task report = reports.get(i);
      report.setDueDate(dues.get(i % dues.size()));
      if (i % 3 == 0) {
        report.setAssignee("truongphong.qhkt");
      }
      taskService.saveTask(report);
    }
    taskService.addCandidateGroup(reports.get(0).getId(), "secretariat");
    taskService.addCandidateGroup(reports.get(1).getId(), "secretariat");

    JsonNode rows = summary("giamdoc").path("tasks");
    Date soon = workingDays.dueIn(DashboardService.SOON_WORKING_DAYS);
    long offered = 0;
    long dueSoon = 0;
    for (JsonNode row : rows) {
      String group = row.path("group").asText();
      assertThat(row.path("open").asLong()).as(group).isEqualTo(taskService.createTaskQuery().taskCandidateGroup(group).includeAssignedTasks()
          .active().count());
      assertThat(row.path("overdue").asLong()).as(group).isEqualTo(taskService.createTaskQuery().taskCandidateGroup(group)
          .includeAssignedTasks().active().dueBefore(now).count());
      assertThat(row.path("dueSoon").asLong()).as(group).isEqualTo(taskService.createTaskQuery().taskCandidateGroup(group)
          .includeAssignedTasks().active().dueAfter(now).dueBefore(soon).count());
      offered += row.path("open").asLong();
      dueSoon += row.path("dueSoon").asLong();
    }
    assertThat(offered).as("every report, and the two also offered to the secretariat").isEqualTo(reports.size() + 2);
    assertThat(rowOf(rows, "secretariat").path("open").asLong()).isEqualTo(2);
    assertThat(dueSoon).as("the reports due on Tuesday, and the second also offered to the secretariat").isEqualTo(
        reports.stream().filter(t -> later.equals(t.getDueDate())).count() + 1);

    runtimeService.suspendProcessInstanceById(review.getId());
    JsonNode suspended = summary("giamdoc").path("tasks");
    for (JsonNode row : suspended) {
      assertThat(row.path("open").asLong()).as("a suspended instance's tasks are not open work").isZero();
    }
  }

  private static JsonNode rowOf(JsonNode rows, String key) {
    for (JsonNode row : rows) {
      if (key.equals(row.path("unitCode").asText()) || key.equals(row.path("group").asText())) {
        return row;
      }
    }
    throw new AssertionError(key + " not in " + rows);
  }

  @Test
  void theYearListComesFromTheDataAndARunningRoundShowsWhateverItsYear() {
    JsonNode years = http.get("/api/dashboard/years", "giamdoc").json();
    assertThat(years.path("current").asInt()).isEqualTo(LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear());
    List<Integer> offered = new java.util.ArrayList<>();
    years.path("years").forEach(year -> offered.add(year.asInt()));
    assertThat(offered).as("2025 has the demo's ratings, 2026 a review").contains(2025, 2026).isSorted();

    ProcessInstance round = runtimeService.startProcessInstanceByKey("commendation-round", Map.of("year", 2025, "commendationType", "CONG_TRANG"));
    JsonNode rounds = summary("giamdoc").path("rounds");

    assertThat(rounds).singleElement().satisfies(row -> {
      assertThat(row.path("key").asText()).isEqualTo(round.getBusinessKey());
      assertThat(row.path("year").asInt()).isEqualTo(2025);
      assertThat(row.path("name").asText()).as("a name people read, not the key").isEqualTo("Đợt bình xét công trạng năm 2025 (đợt 1)");
    });
  }

}
