package vn.laichau.sxd.thidua.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.laichau.sxd.thidua.Http;
import vn.laichau.sxd.thidua.ThiduaTest;
import vn.laichau.sxd.thidua.evaluation.EvaluationService;
import vn.laichau.sxd.thidua.organisation.OrganisationService;

/**
 * The dashboard with five years of data (2026–2030) for 300 staff in 10 units: registrations, two
 * reviews a year with the seven indicators of every unit, exemplars, a round a year with its
 * nominations, the awards register, and open tasks. Measures every dashboard request (summary,
 * the lists behind the figures, an Excel export) as the Director and as a unit head, over HTTP with
 * authentication, and reports the percentiles. Run: see docs/benchmarks.md.
 */
@ThiduaTest
class DashboardBenchmark {

  private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
  private static final int STAFF = 300;
  private static final int[] YEARS = {2026, 2027, 2028, 2029, 2030};
  private static final int WARM_UP = 40;
  private static final int MEASURED = 400;
  private static final long TARGET_P95_MS = 300;

  @LocalServerPort int port;
  @Autowired OrganisationService organisation;
  @Autowired EvaluationService evaluations;
  @Autowired IdentityService identityService;
  @Autowired RuntimeService runtimeService;
  @Autowired JdbcTemplate jdbc;

  @Test
  void dashboardRequestsWithFiveYearsOfData() throws IOException {
    long seedStart = System.nanoTime();
    BenchmarkDepartment.create(organisation, evaluations, identityService, STAFF, YEARS);
    List<String> units = organisation.activeUnitCodes();
    List<String> people = jdbc.queryForList("SELECT username FROM person", String.class);
    Random random = new Random(2030);
    for (int year : YEARS) {
      seedYear(year, units, people, random);
    }
    ClockUtil.setCurrentTime(Date.from(LocalDate.of(2030, 7, 1).atTime(9, 0).atZone(VIETNAM).toInstant()));
    runtimeService.startProcessInstanceByKey("periodic-review", Map.of("year", 2030, "reviewKind", "SIX_MONTH"));
    long seedMillis = (System.nanoTime() - seedStart) / 1_000_000;

    List<String[]> requests = new ArrayList<>();
    for (String user : List.of("giamdoc", "truongphong.qhkt")) {
      for (int year : YEARS) {
        requests.add(new String[] {"tổng quan", user, "/api/dashboard?year=" + year});
      }
      for (String table : List.of("indicators", "registration", "rounds", "exemplars", "awards")) {
        requests.add(new String[] {"danh sách " + table, user, "/api/dashboard/tables/" + table + "?year=2029"});
      }
      requests.add(new String[] {"danh sách tasks", user, "/api/dashboard/tables/tasks?year=2030&kind=open"});
      requests.add(new String[] {"Excel awards", user, "/api/dashboard/tables/awards.xlsx?year=2029"});
    }
    Http http = new Http(port);
    Map<String, List<Long>> byKind = new LinkedHashMap<>();
    List<Long> all = new ArrayList<>();
    for (int i = 0; i < WARM_UP + MEASURED; i++) {
      String[] request = requests.get(i % requests.size());
      long start = System.nanoTime();
      Http.Response response = http.get(request[2], request[1]);
      long micros = (System.nanoTime() - start) / 1_000;
      assertThat(response.status()).as(request[2] + " " + response.body()).isEqualTo(200);
      if (i >= WARM_UP) {
        all.add(micros);
        byKind.computeIfAbsent(request[0], k -> new ArrayList<>()).add(micros);
      }
    }
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM indicator_value", Integer.class)).isEqualTo((YEARS.length * 2 - 1) * 70);

    StringBuilder text = new StringBuilder("Bảng điều hành: " + STAFF + " người, 10 đơn vị, 5 năm dữ liệu (" + counts() + "); chuẩn bị "
        + seedMillis + " ms\n");
    text.append(String.format("%-28s %6s %8s %8s %8s%n", "Yêu cầu", "số lần", "p50 ms", "p95 ms", "max ms"));
    byKind.forEach((kind, times) -> text.append(line(kind, times)));
    text.append(line("Tất cả", all));
    System.out.println(text);
    Path out = Path.of("target", "benchmarks", "dashboard.txt");
    Files.createDirectories(out.getParent());
    Files.writeString(out, text.toString());
    assertThat(Percentiles.millis(all, 95)).as("p95 of every dashboard request, ms").isLessThan(TARGET_P95_MS);
    ClockUtil.reset();
  }

  private String counts() {
    return jdbc.queryForObject("SELECT COUNT(*) FROM person_evaluation", Long.class) + " đánh giá, "
        + jdbc.queryForObject("SELECT COUNT(*) FROM award_entry", Long.class) + " khen thưởng, "
        + jdbc.queryForObject("SELECT COUNT(*) FROM nomination", Long.class) + " đề nghị, "
        + jdbc.queryForObject("SELECT COUNT(*) FROM exemplar", Long.class) + " điển hình, "
        + jdbc.queryForObject("SELECT COUNT(*) FROM indicator_value", Long.class) + " số liệu chỉ tiêu";
  }

  private void seedYear(int year, List<String> units, List<String> people, Random random) {
    jdbc.update("INSERT INTO emulation_registration (reg_year, process_instance_id, deadline, opened_at) VALUES (?, 'benchmark', ?, CURRENT_TIMESTAMP)",
        year, java.sql.Date.valueOf(LocalDate.of(year, 3, 31)));
    String[] stages = {"PHAT_HIEN", "BOI_DUONG", "TONG_KET", "NHAN_RONG"};
    for (String unit : units) {
      jdbc.update("INSERT INTO unit_registration (reg_year, unit_code, status, candidate_count, content, submitted_at) "
          + "VALUES (?, ?, ?, 2, '{}', CURRENT_TIMESTAMP)", year, unit, random.nextInt(10) < 8 ? "ACCEPTED" : "SUBMITTED");
      for (int i = 0; i < 3; i++) {
        boolean done = random.nextInt(3) == 0;
        jdbc.update("INSERT INTO exemplar (business_key, reg_year, unit_code, candidate_index, name, kind, owner, stage, status, started_at) "
            + "VALUES (?, ?, ?, ?, ?, 'MO_HINH', 'Tổ công tác', ?, ?, CURRENT_TIMESTAMP)", "DH-" + year + "-" + unit + "-" + i, year, unit, i,
            "Mô hình " + i + " của " + unit, done ? "NHAN_RONG" : stages[random.nextInt(4)], done ? "DONE" : "ACTIVE");
      }
    }
    // 2030's six-month review is the one running now (started by the process, see the test).
    List<String> kinds = year == 2030 ? List.of("FINAL") : List.of("SIX_MONTH", year == 2028 ? "MID_TERM" : "ANNUAL");
    for (String kind : kinds) {
      String key = "SK-" + year + "-" + kind;
      jdbc.update("INSERT INTO periodic_review (review_key, review_year, review_kind, process_instance_id, status, opened_at) "
          + "VALUES (?, ?, ?, 'benchmark', 'APPROVED', ?)", key, year, kind,
          java.sql.Timestamp.valueOf(LocalDate.of(year, kind.equals("SIX_MONTH") ? 6 : 11, 15).atStartOfDay()));
      for (String unit : units) {
        for (int indicator = 1; indicator <= 7; indicator++) {
          int draw = random.nextInt(10);
          jdbc.update("INSERT INTO indicator_value (review_key, unit_code, indicator_no, target, actual, status, status_reason) "
              + "VALUES (?, ?, ?, 100, ?, ?, 'Kết quả đạt hoặc vượt chỉ tiêu.')", key, unit, indicator, 90 + draw,
              draw >= 7 ? "DAT" : draw >= 3 ? "CO_NGUY_CO" : "KHONG_DAT");
        }
      }
    }
    String round = "KT-" + year + "-CONG_TRANG-1";
    jdbc.update("INSERT INTO commendation_round (business_key, round_year, commendation_type, process_instance_id, opened_at) "
        + "VALUES (?, ?, 'CONG_TRANG', 'benchmark', CURRENT_TIMESTAMP)", round, year);
    String[] awards = {"LDTT", "CSTDCS", "GIAY_KHEN_GD_SO"};
    for (String person : people) {
      if (random.nextInt(10) < 6) {
        String award = awards[random.nextInt(awards.length)];
        String unit = jdbc.queryForObject("SELECT unit_code FROM person WHERE username = ?", String.class, person);
        jdbc.update("INSERT INTO nomination (round_key, unit_code, subject_type, subject_id, subject_name, award_code, status, outcome) "
            + "VALUES (?, ?, 'INDIVIDUAL', ?, ?, ?, 'ACCEPTED', 'PASSED')", round, unit == null ? "VP" : unit, person, person, award);
        jdbc.update("INSERT INTO award_entry (entry_kind, subject_type, subject_id, award_year, award_code, commendation_type, "
            + "decision_number, decision_date, decided_by, amount_vnd, recorded_at) VALUES ('AWARD', 'INDIVIDUAL', ?, ?, ?, 'CONG_TRANG', ?, ?, "
            + "'GIAM_DOC_SO', 702000, CURRENT_TIMESTAMP)", person, year, award, year + "/QĐ-SXD", java.sql.Date.valueOf(LocalDate.of(year + 1, 1, 20)));
      }
    }
  }

  private static String line(String kind, List<Long> micros) {
    return String.format("%-28s %6d %8.1f %8.1f %8.1f%n", kind, micros.size(), Percentiles.millis(micros, 50), Percentiles.millis(micros, 95),
        Percentiles.maxMillis(micros));
  }
}
