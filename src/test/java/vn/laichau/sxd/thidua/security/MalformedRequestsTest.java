package vn.laichau.sxd.thidua.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.laichau.sxd.thidua.Http;
import vn.laichau.sxd.thidua.ThiduaTest;
import vn.laichau.sxd.thidua.registration.RegistrationTestSupport;

/**
 * No 5xx for bad input: a catalogue of malformed requests to every /api endpoint, to process
 * starts and to task completion, each answered 4xx with a short Vietnamese message that names no
 * SQL, class or id, and none of them changes a row.
 */
@ThiduaTest
class MalformedRequestsTest {

  /** A letter that only Vietnamese text has (with its diacritics). */
  static final Pattern VIETNAMESE = Pattern.compile("[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]",
      Pattern.CASE_INSENSITIVE);
  /** A REST variable holding a Java-serialized object. */
  static final String JAVA_OBJECT = "{\"value\":\"rO0ABXQAAXg=\",\"type\":\"Object\",\"valueInfo\":{\"objectTypeName\":\"java.lang.String\","
      + "\"serializationDataFormat\":\"application/x-java-serialized-object\"}}";
  static final Pattern LEAK = Pattern.compile("(?i)exception|sql|select |insert |org\\.|java\\.|ENGINE-|[0-9a-f]{8}-[0-9a-f]{4}-|null");

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired JdbcTemplate jdbc;
  @LocalServerPort int port;

  @AfterEach
  void cleanUp() {
    ClockUtil.reset();
  }

  private record Bad(String what, String user, String method, String path, String contentType, String body) {
  }

  private List<Bad> catalogue(String task) {
    String start = "/engine-rest/process-definition/key/emulation-registration/start";
    String complete = "/engine-rest/task/" + task + "/complete";
    String json = "application/json";
    return List.of(
        new Bad("NUL in a query parameter", "thuky", "GET", "/api/awards?subject=%00", null, null),
        new Bad("missing query parameter", "thuky", "GET", "/api/awards", null, null),
        new Bad("over-long subject", "thuky", "GET", "/api/awards?subject=" + "a".repeat(300), null, null),
        new Bad("negative year", "giamdoc", "GET", "/api/dashboard?year=-1", null, null),
        new Bad("year 99999", "giamdoc", "GET", "/api/dashboard?year=99999", null, null),
        new Bad("year not a number", "giamdoc", "GET", "/api/dashboard?year=abc", null, null),
        new Bad("unknown dashboard list", "giamdoc", "GET", "/api/dashboard/tables/khong", null, null),
        new Bad("impossible year in a list", "giamdoc", "GET", "/api/dashboard/tables/awards?year=0", null, null),
        new Bad("impossible year in an export", "giamdoc", "GET", "/api/dashboard/tables/awards.xlsx?year=3000", null, null),
        new Bad("impossible exemplar year", "thuky", "GET", "/api/exemplars?year=-2026", null, null),
        new Bad("impossible evaluation year", "thuky", "GET", "/api/evaluations/-5/people", null, null),
        new Bad("evaluation year not a number", "thuky", "GET", "/api/evaluations/abc/units", null, null),
        new Bad("impossible import year", "thuky", "POST", "/api/evaluations/20250/people", "text/csv", "a;b\n"),
        new Bad("import as JSON", "thuky", "POST", "/api/evaluations/2025/people", json, "{}"),
        new Bad("organisation as JSON", "admin", "POST", "/api/organisation", json, "{}"),
        new Bad("organisation broken YAML", "admin", "POST", "/api/organisation", "application/yaml", "units: [\n  - {code: QHKT"),
        new Bad("objection without body", "thuky", "POST", "/api/rounds/KT-2025-CONG_TRANG-1/objections", json, ""),
        new Bad("objection broken JSON", "thuky", "POST", "/api/rounds/KT-2025-CONG_TRANG-1/objections", json, "{\"subjectId\":"),
        new Bad("objection as text", "thuky", "POST", "/api/rounds/KT-2025-CONG_TRANG-1/objections", "text/plain", "phản ánh"),
        new Bad("objection for no round", "thuky", "POST", "/api/rounds/KT-1999-X-1/objections", json,
            "{\"subjectId\":\"bithudoan\",\"awardCode\":\"LDTT\",\"text\":\"x\"}"),
        new Bad("province decision broken JSON", "thuky", "POST", "/api/provincial-submissions/TK-2025-1/decisions", json, "[1,2"),
        new Bad("province decision wrong shape", "thuky", "POST", "/api/provincial-submissions/TK-2025-1/decisions", json, "[]"),
        new Bad("drop without body", "thuky", "POST", "/api/exemplars/DH-2025-1/drop", json, ""),
        new Bad("drop of no exemplar", "thuky", "POST", "/api/exemplars/DH-1999-1/drop", json, "{\"reason\":\"x\"}"),
        new Bad("no such round", "thuky", "GET", "/api/rounds/KT-1999-X-1", null, null),
        new Bad("no such session", "thuky", "GET", "/api/council/sessions/HD-1999-1", null, null),
        new Bad("encoded slash", "thuky", "GET", "/api/council/sessions/HD%2F2025", null, null),
        new Bad("over-long URL", "thuky", "GET", "/api/notices?x=" + "a".repeat(20_000), null, null),
        new Bad("unknown API path", "thuky", "GET", "/api/khong-co", null, null),
        new Bad("wrong method", "thuky", "DELETE", "/api/notices", null, null),
        new Bad("start with broken JSON", "thuky", "POST", start, json, "{\"variables\":{"),
        new Bad("start as text", "thuky", "POST", start, "text/plain", "year=2028"),
        new Bad("start without the year", "thuky", "POST", start, json, "{\"variables\":{}}"),
        new Bad("start with a year as text", "thuky", "POST", start, json, "{\"variables\":{\"year\":{\"value\":\"hai nghìn\"}}}"),
        new Bad("start with a Java object", "thuky", "POST", start, json, "{\"variables\":{\"year\":" + JAVA_OBJECT + "}}"),
        new Bad("start at an inner step", "thuky", "POST", start, json,
            "{\"variables\":{\"year\":{\"value\":2028}},\"startInstructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"approveRegistration\"}]}"),
        new Bad("unknown process", "thuky", "POST", "/engine-rest/process-definition/key/khong-co/start", json, "{}"),
        new Bad("exemplar cycle by hand", "admin", "POST", "/engine-rest/process-definition/key/exemplar-cycle/start", json, "{}"),
        new Bad("provincial submission by hand", "admin", "POST", "/engine-rest/process-definition/key/provincial-submission/start", json, "{}"),
        new Bad("council session by hand", "admin", "POST", "/engine-rest/process-definition/key/council-session/submit-form", json, "{}"),
        new Bad("completion broken JSON", "truongphong.qhkt", "POST", complete, json, "{\"variables\":"),
        new Bad("completion as text", "truongphong.qhkt", "POST", complete, "text/plain", "xong"),
        new Bad("completion without body", "truongphong.qhkt", "POST", complete, json, ""),
        new Bad("completion with invalid JSON value", "truongphong.qhkt", "POST", complete, json,
            "{\"variables\":{\"unitTitle\":{\"value\":\"TTLDTT\"},\"candidates\":{\"value\":\"[{\",\"type\":\"Json\"}}}"),
        new Bad("completion with a text over 4,000 characters", "truongphong.qhkt", "POST", complete, json,
            "{\"variables\":{\"unitTitle\":{\"value\":\"TTLDTT\"},\"candidates\":{\"value\":\"[]\",\"type\":\"Json\"},"
                + "\"individualTitles\":{\"value\":\"" + "a".repeat(4_001) + "\"}}}"),
        new Bad("completion with a Java object", "truongphong.qhkt", "POST", complete, json,
            "{\"variables\":{\"unitTitle\":" + JAVA_OBJECT + ",\"candidates\":{\"value\":\"[]\",\"type\":\"Json\"}}}"),
        new Bad("completion with a date", "truongphong.qhkt", "POST", complete, json,
            "{\"variables\":{\"unitTitle\":{\"value\":\"2026-01-01T00:00:00.000+0700\",\"type\":\"Date\"},\"candidates\":{\"value\":\"[]\",\"type\":\"Json\"}}}"),
        new Bad("completion of an unknown task", "truongphong.qhkt", "POST", "/engine-rest/task/khong-co/complete", json, "{}"),
        new Bad("task list with a bad number", "truongphong.qhkt", "GET", "/engine-rest/task?maxResults=abc", null, null),
        new Bad("task list with a bad sort", "truongphong.qhkt", "GET", "/engine-rest/task?sortBy=khong&sortOrder=asc", null, null),
        new Bad("unknown task", "truongphong.qhkt", "GET", "/engine-rest/task/khong-co", null, null),
        new Bad("unknown engine path", "truongphong.qhkt", "GET", "/engine-rest/khong-co", null, null),
        new Bad("variables of an unknown task", "truongphong.qhkt", "GET", "/engine-rest/task/khong-co/variables", null, null),
        new Bad("form of an unknown task", "truongphong.qhkt", "GET", "/engine-rest/task/khong-co/deployed-form", null, null));
  }

  private Map<String, Integer> rows() {
    Map<String, Integer> rows = new TreeMap<>();
    for (String table : jdbc.queryForList("SELECT table_name FROM information_schema.tables WHERE table_type IN ('BASE TABLE', 'TABLE')"
        + " AND LOWER(table_schema) = LOWER(CURRENT_SCHEMA())", String.class)) {
      if (!table.toLowerCase().startsWith("act_hi_") && !table.equalsIgnoreCase("act_ge_property")) {
        rows.put(table.toLowerCase(), jdbc.queryForObject("SELECT COUNT(*) FROM \"" + table + "\"", Integer.class));
      }
    }
    return rows;
  }

  @Test
  void everyMalformedRequestGetsAVietnamese4xxAndChangesNothing() {
    String instance = RegistrationTestSupport.openFresh2027(runtimeService, jdbc);
    String task = taskService.createTaskQuery().processInstanceId(instance).taskCandidateGroup("unit-head-qhkt").singleResult().getId();
    Http http = new Http(port);
    Map<String, Integer> before = rows();
    Map<Integer, Integer> byClass = new TreeMap<>();
    List<String> answers = new ArrayList<>();
    List<Bad> catalogue = catalogue(task);
    for (Bad bad : catalogue) {
      HttpRequest.Builder request = http.request("/", bad.user()).uri(URI.create("http://localhost:" + port + bad.path()));
      if (bad.contentType() != null) {
        request.header("Content-Type", bad.contentType());
      }
      request.method(bad.method(), bad.body() == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(bad.body()));
      Http.Response response = http.send(request);
      answers.add(response.status() + "  " + bad.what());
      byClass.merge(response.status() / 100, 1, Integer::sum);
      assertThat(response.status()).as(bad.what() + ": " + response.body()).isBetween(400, 499);
      assertThat(response.body()).as(bad.what()).startsWith("{").endsWith("}");
      String message = response.json().path("message").asText();
      assertThat(message).as(bad.what()).containsPattern(VIETNAMESE).doesNotContainPattern(LEAK).hasSizeLessThan(300);
    }
    assertThat(rows()).isEqualTo(before);
    System.out.println("Malformed requests: " + catalogue.size() + " tried; by status class " + byClass + "\n" + String.join("\n", answers));
  }
}
