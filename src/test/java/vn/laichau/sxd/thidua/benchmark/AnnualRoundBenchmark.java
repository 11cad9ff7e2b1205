package vn.laichau.sxd.thidua.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.laichau.sxd.thidua.Http;
import vn.laichau.sxd.thidua.Jobs;
import vn.laichau.sxd.thidua.ThiduaTest;
import vn.laichau.sxd.thidua.decision.AwardCode;
import vn.laichau.sxd.thidua.document.DocumentFormats;
import vn.laichau.sxd.thidua.document.DocumentKind;
import vn.laichau.sxd.thidua.document.DocumentRequest;
import vn.laichau.sxd.thidua.document.DocumentService;
import vn.laichau.sxd.thidua.engine.DmnTables;
import vn.laichau.sxd.thidua.evaluation.EvaluationService;
import vn.laichau.sxd.thidua.nomination.Eligibility;
import vn.laichau.sxd.thidua.nomination.EligibilityService;
import vn.laichau.sxd.thidua.nomination.NomineeEligibility;
import vn.laichau.sxd.thidua.organisation.OrganisationService;

/**
 * A full annual round (CONG_TRANG) for a department of 300 staff in 10 units with a council of 9:
 * every unit head nominates everyone the rules allow, the secretariat accepts, the council votes
 * on the whole agenda, the list is disclosed, the Director decides and the province decides the
 * forwarded items. Reports wall time per phase and database commits per completed user task.
 * Not a timed test: it fails only if the round does not complete. Run: see docs/benchmarks.md.
 */
@ThiduaTest
class AnnualRoundBenchmark {

  private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
  private static final int STAFF = 300;
  private static final int YEAR = 2025;

  @TestConfiguration
  static class Counting {
    @Bean
    static CommitCounter commitCounter() {
      return new CommitCounter();
    }
  }

  @Autowired CommitCounter counter;
  @Autowired OrganisationService organisation;
  @Autowired EvaluationService evaluations;
  @Autowired EligibilityService eligibility;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired IdentityService identityService;
  @Autowired JdbcTemplate jdbc;
  @Autowired DocumentService documents;
  @Autowired DmnTables dmn;
  @LocalServerPort int port;

  private final Map<String, long[]> phases = new LinkedHashMap<>();
  private int userTasks;
  private final List<String> generated = new ArrayList<>();
  private long lastMessageBefore;
  private long lastAuditEntryBefore;

  @Test
  void annualRoundForThreeHundredStaff() throws IOException {
    today(LocalDate.of(2026, 1, 5));
    lastMessageBefore = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM mail_outbox", Long.class);
    lastAuditEntryBefore = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM audit_entry", Long.class);
    phase("Chuẩn bị: tổ chức 300 người, kết quả đánh giá 2025", 0, this::seed);
    measureEligibility();

    ProcessInstance[] round = new ProcessInstance[1];
    phase("Mở đợt bình xét (khởi tạo)", 0, () -> round[0] = as("thuky", () -> runtimeService.startProcessInstanceByKey("commendation-round",
        Map.of("year", YEAR, "commendationType", "CONG_TRANG"))));
    phase("Tính danh sách đủ điều kiện, giao việc 10 đơn vị (10 job)", 0, this::runDueJobs);
    String id = round[0].getId();
    // What each unit head reads in the form and chooses, and who they are (signed in already): worked out before the clock runs.
    Map<Task, String> units = new LinkedHashMap<>();
    Map<String, String> heads = new LinkedHashMap<>();
    Map<String, String> chosen = new LinkedHashMap<>();
    for (Task task : tasks(id, "nominate")) {
      String unit = (String) taskService.getVariable(task.getId(), "unitCode");
      units.put(task, unit);
      heads.put(unit, identityService.createUserQuery().memberOfGroup("unit-head-" + unit.toLowerCase()).listPage(0, 1).get(0).getId());
      chosen.put(unit, nominations(unit));
      as(heads.get(unit), () -> null);
    }
    phase("10 đơn vị đề nghị", 10, () -> units.forEach((task, unit) -> complete(task, heads.get(unit),
        Map.of("nominations", json(chosen.get(unit)), "nominatesNobody", "[]".equals(chosen.get(unit))))));
    long items = jdbc.queryForObject("SELECT COUNT(*) FROM nomination WHERE round_key = ?", Long.class, round[0].getBusinessKey());
    phase("Văn phòng thẩm định các đề nghị", 10, () -> tasks(id, "appraise").forEach(task -> complete(task, "thuky",
        Map.of("appraisalDecision", "ACCEPT", "dossierComplete", true, "quotaAcknowledged", true, "quotaReason", "Đã báo cáo Giám đốc"))));
    ProcessInstance session = runtimeService.createProcessInstanceQuery().superProcessInstanceId(id)
        .processDefinitionKey("council-session").singleResult();
    phase("Hội đồng: 9 phiếu × " + items + " nội dung, kiểm phiếu", 9, () -> {
      String ballot = ballot(((Number) runtimeService.getVariable(session.getId(), "sessionId")).longValue());
      for (Task task : taskService.createTaskQuery().processInstanceId(session.getId()).list()) {
        complete(task, task.getAssignee(), Map.of("ballot", json(ballot)));
      }
      runDueJobs();
    });
    phase("Hết công khai (5 ngày làm việc)", 0, () -> {
      today(LocalDate.of(2026, 1, 20));
      runDueJobs();
    });
    phase("Giám đốc quyết định", 1, () -> complete(tasks(id, "decide").get(0), "giamdoc",
        Map.of("decisionDate", "20/01/2026")));
    ProcessInstance submission = runtimeService.createProcessInstanceQuery().superProcessInstanceId(id)
        .processDefinitionKey("provincial-submission").singleResult();
    phase("Trình tỉnh: hồ sơ, tờ trình, quyết định của tỉnh", 2, () -> {
      complete(tasks(submission.getId(), "prepareDossier").get(0), "thuky", Map.of("dossierComplete", true));
      complete(tasks(submission.getId(), "signSubmission").get(0), "giamdoc", Map.of("letterDate", "21/01/2026"));
      // As POST /api/provincial-submissions/{key}/decisions does it for the secretariat: correlated by the application.
      runtimeService.createMessageCorrelation("ProvincialDecisionReceived").processInstanceBusinessKey(submission.getBusinessKey())
          .setVariable("provinceDecisionNumber", "BENCH-03/QĐ-UBND").setVariable("provinceDecisionDate", "10/02/2026")
          .setVariable("provinceDecisions", json(provinceDecisions(submission.getBusinessKey()))).correlateWithResult();
    });

    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(id).count()).as("the round completed").isZero();
    long awarded = jdbc.queryForObject("SELECT COUNT(*) FROM nomination WHERE round_key = ? AND status = 'AWARDED'", Long.class,
        round[0].getBusinessKey());
    assertThat(awarded).isEqualTo(items);
    roundReads(round[0].getBusinessKey());
    documents(round[0].getBusinessKey());
    report(items);
  }

  /**
   * Generates the round's documents one job at a time, each with its time and the heap's peak: the
   * notice first (it also warms up the converter), the minutes of the whole agenda, the decision and
   * the submission letter; then, issued as the decision step would, a decision listing 335 awards and
   * 335 Giấy khen from the round's people.
   */
  private void documents(String roundKey) {
    List<Map<String, Object>> people = jdbc.queryForList("SELECT subject_name, award_code, unit_code FROM nomination WHERE round_key = ?"
        + " ORDER BY id", roundKey).subList(0, 335);
    List<Map<String, Object>> rows = new ArrayList<>();
    List<Map<String, Object>> certificates = new ArrayList<>();
    for (Map<String, Object> person : people) {
      String unit = organisation.unitName((String) person.get("unit_code"));
      rows.add(Map.of("ho_ten", person.get("subject_name"), "chuc_vu", "Chuyên viên", "don_vi", unit,
          "hinh_thuc", AwardCode.valueOf((String) person.get("award_code")).label(), "so_tien", DocumentFormats.amount(702_000)));
      certificates.add(Map.of("ho_ten", person.get("subject_name"), "chuc_vu_don_vi", "Chuyên viên, " + unit,
          "thanh_tich", "Hoàn thành xuất sắc nhiệm vụ được giao năm 2025", "can_cu", "Quyết định số 01/QĐ-SXD ngày 20/01/2026"));
    }
    as("giamdoc", () -> {
      documents.issue(DocumentRequest.of(DocumentKind.QUYET_DINH_KHEN_THUONG, roundKey, "benchmark-335", "Quyết định 335 khen thưởng")
          .field("ve_viec", "Về việc khen thưởng năm 2025").field("tong_so", 335).field("tong_tien", DocumentFormats.amount(335L * 702_000))
          .rows("danh_sach", rows));
      return documents.issue(DocumentRequest.of(DocumentKind.GIAY_KHEN, roundKey, "benchmark-335", "335 Giấy khen")
          .field("can_cu", "Quyết định số 01/QĐ-SXD ngày 20/01/2026").rows("giay_khen", certificates));
    });
    List<Map<String, Object>> issued = jdbc.queryForList("SELECT d.id, d.title, d.kind FROM document d WHERE d.business_key IN (?, ?)"
        + " AND NOT d.draft ORDER BY CASE d.kind WHEN 'THONG_BAO_CONG_KHAI' THEN 0 ELSE 1 END, d.id", roundKey,
        jdbc.queryForObject("SELECT business_key FROM provincial_submission WHERE round_key = ?", String.class, roundKey));
    List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP).toList();
    for (Map<String, Object> document : issued) {
      long documentId = ((Number) document.get("id")).longValue();
      String instance = runtimeService.createProcessInstanceQuery().processDefinitionKey("document-generation")
          .variableValueEquals("documentId", documentId).singleResult().getId();
      String job = managementService.createJobQuery().processInstanceId(instance).singleResult().getId();
      System.gc();
      heap.forEach(MemoryPoolMXBean::resetPeakUsage);
      long start = System.nanoTime();
      managementService.executeJob(job);
      long nanos = System.nanoTime() - start;
      long peak = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
      Map<String, Object> sizes = jdbc.queryForMap("SELECT LENGTH(docx) AS docx, LENGTH(pdf) AS pdf FROM document WHERE id = ?", documentId);
      generated.add(String.format("%-55s %10d %8d %6d %6d%n", document.get("title"), Duration.ofNanos(nanos).toMillis(), peak >> 20,
          ((Number) sizes.get("docx")).longValue() >> 10, ((Number) sizes.get("pdf")).longValue() >> 10));
    }
  }

  private void seed() {
    BenchmarkDepartment.create(organisation, evaluations, identityService, STAFF, YEAR);
    assertThat(evaluations.people(YEAR)).hasSize(STAFF);
  }

  /** Everyone the rules allow: LĐTT, CSTĐCS and CSTĐ tỉnh with a summary, the unit's collective title. */
  private String nominations(String unit) {
    List<String> lines = new ArrayList<>();
    for (NomineeEligibility nominee : eligibility.forUnit(YEAR, unit)) {
      for (Eligibility award : nominee.awards()) {
        boolean chosen = award.status() == Eligibility.Status.ELIGIBLE
            && List.of("LDTT", "CSTDCS", "CSTD_TINH", "TTLDTT", "TTLDXS").contains(award.awardCode().name());
        if (chosen) {
          lines.add("{\"subjectId\":\"" + nominee.subjectId() + "\",\"awardCodes\":[\"" + award.awardCode()
              + "\"],\"achievementSummary\":\"Hoàn thành xuất sắc nhiệm vụ được giao năm 2025\"}");
        }
      }
    }
    return "[" + String.join(",", lines) + "]";
  }

  private String ballot(long sessionId) {
    List<String> choices = jdbc.queryForList("SELECT id FROM agenda_item WHERE session_id = ? ORDER BY position", Long.class, sessionId)
        .stream().map(item -> "{\"itemId\":\"" + item + "\",\"choice\":\"AGREE\"}").toList();
    return "[" + String.join(",", choices) + "]";
  }

  private String provinceDecisions(String submissionKey) {
    return "[" + String.join(",", jdbc.queryForList("SELECT '{\"subjectId\":\"' || subject_id || '\",\"awardCode\":\"' || award_code"
        + " || '\",\"approved\":true}' FROM nomination WHERE submission_key = ?", String.class, submissionKey)) + "]";
  }

  /** Lists go as JSON values, the way Tasklist submits a form's lists (a text variable holds at most 4,000 characters). */
  private static Object json(String text) {
    return SpinValues.jsonValue(text).create();
  }

  private List<Task> tasks(String processInstanceId, String activity) {
    return taskService.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(activity).list();
  }

  /** Completes the task as its user would: authenticated, with the user's groups (authorization checks included). */
  private void complete(Task task, String user, Map<String, Object> variables) {
    as(user, () -> {
      taskService.complete(task.getId(), Variables.fromMap(variables));
      return null;
    });
  }

  /**
   * Runs engine calls as the user, with their groups read once, as a login reads them once into the
   * web session (each request then carries them): the lookup is not part of the user's step.
   */
  private <T> T as(String user, java.util.function.Supplier<T> work) {
    List<String> groups = sessions.computeIfAbsent(user, id -> identityService.createGroupQuery().groupMember(id).list().stream()
        .map(org.camunda.bpm.engine.identity.Group::getId).toList());
    identityService.setAuthentication(user, groups);
    try {
      return work.get();
    } finally {
      identityService.clearAuthentication();
    }
  }

  private void runDueJobs() {
    Jobs.runDue(managementService);
  }

  private static void today(LocalDate day) {
    ClockUtil.setCurrentTime(Date.from(day.atTime(9, 0).atZone(VIETNAM).toInstant()));
  }

  private void phase(String name, int tasksCompleted, Runnable work) {
    long commitsBefore = counter.commits();
    long start = System.nanoTime();
    work.run();
    phases.put(name, new long[] {System.nanoTime() - start, counter.commits() - commitsBefore, tasksCompleted});
    userTasks += tasksCompleted;
  }

  private String eligibilityFigures = "";
  private final Map<String, List<String>> sessions = new java.util.HashMap<>();

  /**
   * The library's floor first (a bare DMN engine, warm), then the application's eligibility of all
   * 300 people, twice (the first run warms the application's path): time, evaluations and their rate.
   */
  private void measureEligibility() {
    double floor = DmnFloor.evaluationsPerSecond(5_000, 20_000);
    long[] last = new long[2];
    for (int run = 0; run < 2; run++) {
      long evaluationsBefore = dmn.evaluations();
      long start = System.nanoTime();
      organisation.activeUnitCodes().forEach(unit -> eligibility.forUnit(YEAR, unit));
      last = new long[] {System.nanoTime() - start, dmn.evaluations() - evaluationsBefore};
    }
    double app = last[1] / (last[0] / 1e9);
    eligibilityFigures = String.format("Tải hệ thống (loadavg 1/5/15 phút): %s%n"
            + "DMN đứng riêng (individual-title-criteria, máy DMN trần, đã làm nóng): %.0f lần/giây%n"
            + "Danh sách đủ điều kiện của 300 người (10 đơn vị, lần chạy thứ hai): %d ms, %d lần đánh giá DMN, %.0f lần/giây"
            + " — bằng %.2f lần tốc độ đứng riêng (chậm hơn %.1f×)%n%n",
        LoadAverage.now(), floor, Duration.ofNanos(last[0]).toMillis(), last[1], app, app / floor, floor / app);
  }

  private String roundReadFigures = "";

  /** {@code GET /api/rounds/{key}} as the secretariat's browser asks it, after the round: 50 reads, one after another. */
  private void roundReads(String roundKey) {
    Http http = new Http(port);
    List<Long> micros = new ArrayList<>();
    for (int i = 0; i < 55; i++) {
      long start = System.nanoTime();
      Http.Response response = http.get("/api/rounds/" + roundKey, "thuky");
      assertThat(response.status()).isEqualTo(200);
      if (i >= 5) {  // the first reads warm the path
        micros.add((System.nanoTime() - start) / 1000);
      }
    }
    roundReadFigures = String.format("%nGET /api/rounds/{key} (338 nội dung, 50 lần, tuần tự): p50 %.0f ms, p95 %.0f ms, tối đa %.0f ms%n",
        Percentiles.millis(micros, 50), Percentiles.millis(micros, 95), Percentiles.maxMillis(micros));
  }

  private void report(long items) throws IOException {
    StringBuilder text = new StringBuilder(eligibilityFigures).append("Đợt bình xét thường xuyên: " + STAFF + " người, 10 đơn vị, Hội đồng 9 người, " + items
        + " nội dung đề nghị\n");
    text.append(String.format("%-55s %10s %8s %6s%n", "Giai đoạn", "ms", "commit", "việc"));
    long roundNanos = 0;
    long roundCommits = 0;
    boolean first = true;
    for (Map.Entry<String, long[]> phase : phases.entrySet()) {
      long[] v = phase.getValue();
      text.append(String.format("%-55s %10d %8d %6d%n", phase.getKey(), Duration.ofNanos(v[0]).toMillis(), v[1], v[2]));
      if (!first) {
        roundNanos += v[0];
        roundCommits += v[1];
      }
      first = false;
    }
    text.append(String.format("%-55s %10d %8d %6d%n", "Cả đợt (không tính chuẩn bị)", Duration.ofNanos(roundNanos).toMillis(), roundCommits, userTasks));
    text.append(String.format("Commit trên mỗi việc (user task) hoàn thành: %.1f%n", roundCommits / (double) userTasks));
    text.append(String.format("%nVăn bản (mỗi văn bản một job; heap: đỉnh dùng trong job kể cả rác chưa thu, MB; tệp: KB)%n%-55s %10s %8s %6s %6s%n", "Văn bản", "ms",
        "heap", "docx", "pdf"));
    generated.forEach(text::append);
    text.append(roundReadFigures);
    text.append(String.format("%nThư trong hộp thư đi do đợt sinh ra (một dòng mỗi người nhận; tổ chức 300 người đều có địa chỉ)%n"));
    long[] total = {0};
    jdbc.query("SELECT kind, COUNT(*), COUNT(DISTINCT recipient) FROM mail_outbox WHERE id > ? GROUP BY kind ORDER BY kind", rs -> {
      text.append(String.format("%-20s %6d thư, %4d người%n", rs.getString(1), rs.getLong(2), rs.getLong(3)));
      total[0] += rs.getLong(2);
    }, lastMessageBefore);
    text.append(String.format("%-20s %6d thư%n", "Tổng", total[0]));
    text.append(String.format("%nNhật ký hồ sơ: mục do chuẩn bị và đợt ghi (theo loại)%n"));
    long[] entries = {0};
    jdbc.query("SELECT action, COUNT(*) FROM audit_entry WHERE id > ? GROUP BY action ORDER BY action", rs -> {
      text.append(String.format("%-28s %6d%n", rs.getString(1), rs.getLong(2)));
      entries[0] += rs.getLong(2);
    }, lastAuditEntryBefore);
    text.append(String.format("%-28s %6d%n", "Tổng", entries[0]));
    Http http = new Http(port);
    List<Long> checks = new ArrayList<>();
    String verified = "";
    for (int i = 0; i < 5; i++) {
      long start = System.nanoTime();
      verified = http.get("/api/audit/verify", "admin").body();
      checks.add((System.nanoTime() - start) / 1_000);
    }
    text.append(String.format("Kiểm tra chuỗi (GET /api/audit/verify, 5 lần): p50 %.1f ms, lớn nhất %.1f ms; %s%n", Percentiles.millis(checks, 50),
        Percentiles.maxMillis(checks), verified));
    System.out.println(text);
    Path out = Path.of("target", "benchmarks", "annual-round.txt");
    Files.createDirectories(out.getParent());
    Files.writeString(out, text.toString());
  }
}
