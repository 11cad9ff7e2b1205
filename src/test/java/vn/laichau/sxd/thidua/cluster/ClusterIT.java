package vn.laichau.sxd.thidua.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import vn.laichau.sxd.thidua.Http;

/**
 * Two application nodes from the built jar on one fresh PostgreSQL database, nginx in front of them
 * (round-robin, no stickiness). A full annual round is driven through nginx as its people do it,
 * each signed in once to the webapps, while a reader keeps reading the dashboard: the round is
 * opened, and the node holding its per-unit eligibility jobs is killed with SIGKILL; ten unit heads
 * nominate, the secretariat accepts, nine members vote at once and a node is killed in the middle
 * of the ballots; each time the node is started again. Then every row is there exactly once, the
 * tally is exact, nothing is stuck and the round completes. Run: {@code ./mvnw verify -Pcluster}.
 */
class ClusterIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  static final String DATABASE = "thidua_cluster";
  static final String ENGINE = "/camunda/api/engine/engine/default";
  private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
  private static final List<String> COUNCIL = List.of("giamdoc", "phogiamdoc", "chanhvanphong", "chutichcongdoan", "bithudoan",
      "truongphong.khtc", "truongphong.qhkt", "truongphong.qlxd", "truongphong.kchtgt");

  private final Path directory = Path.of("target", "cluster");
  private final List<String> report = new ArrayList<>();
  private JdbcTemplate db;
  private Http http;
  private final Map<String, Http.Webapp> sessions = new LinkedHashMap<>();

  @Test
  void aRoundSurvivesANodeKilledDuringItsJobsAndItsBallots() throws Exception {
    long started = System.nanoTime();
    org.springframework.util.FileSystemUtils.deleteRecursively(directory);
    Files.createDirectories(directory);
    freshDatabase();
    Path jar = Path.of("target", "thidua.jar");
    assertThat(jar).as("the jar built by package").exists();
    String url = "jdbc:postgresql://127.0.0.1:5432/" + DATABASE;
    try (ClusterNode a = new ClusterNode("node-a", jar, url, directory); ClusterNode b = new ClusterNode("node-b", jar, url, directory);
        LoadBalancer nginx = new LoadBalancer(List.of(a, b), directory)) {
      // Both at the same moment on an empty database: one schema, one version of each model, one set of demo data.
      a.start();
      b.start();
      a.awaitHealthy(Duration.ofMinutes(4));
      b.awaitHealthy(Duration.ofMinutes(4));
      report.add(String.format("Hai nút khởi động cùng lúc trên cơ sở dữ liệu trống: %.1f s", (System.nanoTime() - started) / 1e9));
      assertThat(db.queryForList("SELECT key_ FROM act_re_procdef GROUP BY key_ HAVING COUNT(*) > 1", String.class))
          .as("one version of each process after two simultaneous deployments").isEmpty();
      assertThat(db.queryForObject("SELECT COUNT(*) FROM act_re_procdef WHERE key_ = 'commendation-round'", Integer.class)).isOne();
      Map<String, ClusterNode> nodes = Map.of(a.name, a, b.name, b);

      http = new Http(nginx.port);
      signIn();
      Reader reader = new Reader(sessions.get("giamdoc"));
      Thread reading = new Thread(reader, "reader");
      reading.start();

      // The round opens; the node that holds its per-unit eligibility jobs is killed.
      JsonNode round = ok(sessions.get("thuky").post(ENGINE + "/process-definition/key/commendation-round/submit-form",
          "{\"variables\":{\"year\":{\"value\":2025,\"type\":\"Integer\"},\"commendationType\":{\"value\":\"CONG_TRANG\",\"type\":\"String\"}}}"));
      String roundId = round.path("id").asText();
      String roundKey = round.path("businessKey").asText();
      kill(nodes, "các job tính danh sách đủ điều kiện của từng đơn vị");
      awaitTasks("nominate", roundId, 10, Duration.ofMinutes(2));

      // Ten unit heads nominate, each in their own session, through whichever node nginx picks.
      int nominated = 0;
      for (JsonNode task : adminTasks("nominate", roundId)) {
        nominated += nominate(task);
      }
      for (JsonNode task : adminTasks("appraise", roundId)) {
        ok(sessions.get("thuky").post(ENGINE + "/task/" + task.path("id").asText() + "/submit-form", "{\"variables\":{"
            + "\"appraisalDecision\":{\"value\":\"ACCEPT\"},\"dossierComplete\":{\"value\":true},\"quotaAcknowledged\":{\"value\":true},"
            + "\"quotaReason\":{\"value\":\"Đã báo cáo Giám đốc Sở\"}}}"));
      }
      String sessionInstance = awaitCalled(roundId, "council-session");

      // Nine members vote at the same moment; a node is killed in the middle of the ballots.
      awaitTasks("castBallot", sessionInstance, 9, Duration.ofMinutes(1));
      ExecutorService voters = Executors.newFixedThreadPool(9);
      List<Future<?>> ballots = new ArrayList<>();
      AtomicInteger cast = new AtomicInteger();
      for (String member : COUNCIL) {
        ballots.add(voters.submit(() -> {
          vote(member, sessionInstance);
          cast.incrementAndGet();
          return null;
        }));
      }
      while (cast.get() < 4 && !ballots.stream().allMatch(Future::isDone)) {
        Thread.sleep(20);
      }
      if (cast.get() < 4) {
        for (Future<?> ballot : ballots) {
          ballot.get();
        }
      }
      kill(nodes, "giữa các phiếu bầu (" + cast.get() + "/9 phiếu đã gửi)");
      for (Future<?> ballot : ballots) {
        ballot.get();
      }
      voters.shutdown();

      // The disclosure (5 working days) is ended by the administrator; the Director decides.
      awaitActivity(roundId, "disclosureTimeOver", Duration.ofMinutes(2));
      String timer = http.get("/engine-rest/job?maxResults=10&processInstanceId=" + roundId + "&activityId=disclosureTimeOver", "admin").json()
          .get(0).path("id").asText();
      assertThat(http.put("/engine-rest/job/" + timer + "/duedate", "admin", "{\"duedate\":\"2020-01-01T00:00:00.000+0000\"}").status())
          .isEqualTo(204);
      awaitTasks("decide", roundId, 1, Duration.ofMinutes(2));
      String decide = adminTasks("decide", roundId).get(0).path("id").asText();
      ok(sessions.get("giamdoc").post(ENGINE + "/task/" + decide + "/submit-form", "{\"variables\":{\"decisionDate\":{\"value\":\""
          + LocalDate.now(VIETNAM).format(DateTimeFormatter.ofPattern("dd/MM/yyyy")) + "\"}}}"));
      awaitEnded(roundId, Duration.ofMinutes(3));

      reader.stop.set(true);
      reading.join();
      assertThat(reader.failures).as("reads that failed while nodes were killed").isEmpty();
      assertThat(reader.reads.get()).isPositive();
      report.add("Đọc bảng điều hành trong suốt đợt: " + reader.reads.get() + " lần, không lần nào lỗi");
      checkEverythingOnce(roundKey, sessionInstance, nominated);
      assertThat(a.alive() && b.alive()).as("both nodes run at the end").isTrue();
    }
    report.add(String.format("Thời gian của cả bài kiểm tra: %.0f s", (System.nanoTime() - started) / 1e9));
    Files.write(directory.resolve("report.txt"), report);
    report.forEach(System.out::println);
  }

  private void freshDatabase() throws SQLException {
    db = freshDatabase(DATABASE);
  }

  /** Drops and creates the database; a template on one connection of its own for the test's checks. */
  static JdbcTemplate freshDatabase(String name) throws SQLException {
    try (Connection admin = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "");
        Statement statement = admin.createStatement()) {
      statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
      statement.execute("CREATE DATABASE " + name);
    }
    return new JdbcTemplate(new SingleConnectionDataSource("jdbc:postgresql://127.0.0.1:5432/" + name, "postgres", "", true));
  }

  /** Everybody the round needs signs in once, before anything is killed, and keeps that session to the end. */
  private void signIn() {
    List<String> people = new ArrayList<>(List.of("thuky", "admin"));
    people.addAll(COUNCIL);
    people.addAll(db.queryForList("SELECT DISTINCT user_id_ FROM act_id_membership WHERE group_id_ LIKE 'unit-head-%'", String.class));
    for (String person : people.stream().distinct().toList()) {
      Http.Webapp session = http.login("tasklist", person, Http.DEMO_PASSWORD);
      assertThat(session.loginResponse().status()).as("login of " + person).isEqualTo(200);
      sessions.put(person, session);
    }
  }

  /**
   * Kills, with SIGKILL, the node that holds a job of the round at that moment (else node-a), then
   * waits until the jobs it held are done by the other node, and starts it again.
   */
  private void kill(Map<String, ClusterNode> nodes, String when) throws Exception {
    String owner = null;
    for (int i = 0; i < 200 && owner == null; i++) {
      owner = db.queryForList("SELECT lock_owner_ FROM act_ru_job WHERE lock_owner_ IS NOT NULL AND lock_exp_time_ > CURRENT_TIMESTAMP",
          String.class).stream().filter(nodes::containsKey).findFirst().orElse(null);
      if (owner == null) {
        Thread.sleep(10);
      }
    }
    ClusterNode victim = nodes.get(owner == null ? "node-a" : owner);
    victim.kill();
    long killed = System.nanoTime();
    List<String> held = db.queryForList("SELECT id_ FROM act_ru_job WHERE lock_owner_ = ?", String.class, victim.name);
    long deadline = killed + Duration.ofSeconds(120).toNanos();
    while (!held.isEmpty() && db.queryForObject("SELECT COUNT(*) FROM act_ru_job WHERE id_ IN (" + String.join(",",
        held.stream().map(id -> "'" + id + "'").toList()) + ")", Integer.class) > 0) {
      assertThat(System.nanoTime()).as("the dead node's jobs taken over").isLessThan(deadline);
      Thread.sleep(200);
    }
    report.add(String.format("Dừng đột ngột (SIGKILL) %s %s: %d job đang giữ, xong ở nút kia sau %.1f s", victim.name, when, held.size(),
        (System.nanoTime() - killed) / 1e9));
    victim.start();
    victim.awaitHealthy(Duration.ofMinutes(3));
  }

  private int nominate(JsonNode task) throws IOException {
    String id = task.path("id").asText();
    String unit = http.get("/engine-rest/task/" + id + "/variables/unitCode", "admin").json().path("value").asText();
    String head = db.queryForObject("SELECT MIN(user_id_) FROM act_id_membership WHERE group_id_ = ?", String.class,
        "unit-head-" + unit.toLowerCase());
    Http.Webapp session = sessions.get(head);
    ArrayNode rows = (ArrayNode) jsonValue(ok(session.get(ENGINE + "/task/" + id + "/form-variables?variableNames=nominations&deserializeValues=false"))
        .path("nominations").path("value"));
    int count = 0;
    ArrayNode sent = JSON.createArrayNode();
    for (JsonNode row : rows) {
      ArrayNode awards = JSON.createArrayNode();
      row.path("choices").forEach(choice -> {
        String award = choice.path("value").asText();
        if (List.of("LDTT", "CSTDCS", "TTLDTT").contains(award)) {
          awards.add(award);
        }
      });
      // What the form sends back of each row: who, the awards ticked, the summary where one is asked.
      ObjectNode line = sent.addObject().put("subjectId", row.path("subjectId").asText());
      line.set("awardCodes", awards);
      if (awards.toString().contains("CSTDCS")) {
        line.put("achievementSummary", "Hoàn thành xuất sắc nhiệm vụ; sáng kiến được công nhận.");
      }
      count += awards.size();
    }
    ok(session.post(ENGINE + "/task/" + id + "/submit-form", "{\"variables\":{\"nominations\":{\"type\":\"Json\",\"value\":"
        + JSON.writeValueAsString(sent.toString()) + "},\"nominatesNobody\":{\"value\":" + (count == 0) + "}}}"));
    return count;
  }

  private void vote(String member, String sessionInstance) throws IOException {
    Http.Webapp session = sessions.get(member);
    JsonNode task = ok(session.get(ENGINE + "/task?maxResults=10&processInstanceId=" + sessionInstance + "&assignee="
        + URLEncoder.encode(member, StandardCharsets.UTF_8))).get(0);
    String id = task.path("id").asText();
    ArrayNode lines = (ArrayNode) jsonValue(ok(session.get(ENGINE + "/task/" + id + "/form-variables?variableNames=ballot&deserializeValues=false"))
        .path("ballot").path("value"));
    ArrayNode choices = JSON.createArrayNode();
    lines.forEach(line -> choices.addObject().put("itemId", line.path("itemId").asText()).put("choice", "AGREE"));
    String body = "{\"variables\":{\"ballot\":{\"type\":\"Json\",\"value\":" + JSON.writeValueAsString(choices.toString()) + "}}}";
    // A ballot sent to the node at the moment it dies gets no answer (502): the member sends it again
    // unless it was counted (the task is gone).
    for (int attempt = 0; attempt < 5; attempt++) {
      Http.Response sent = session.post(ENGINE + "/task/" + id + "/submit-form", body);
      if (sent.status() == 204) {
        return;
      }
      assertThat(sent.status()).as("ballot of " + member + ": " + sent.body()).isIn(502, 503, 504);
      if (http.get("/engine-rest/task?maxResults=1&taskId=" + id, "admin").json().isEmpty()) {
        return;
      }
    }
    throw new AssertionError("ballot of " + member + " not taken");
  }

  private void checkEverythingOnce(String roundKey, String sessionInstance, int nominated) {
    report.add("Nội dung đề nghị: " + nominated);
    assertThat(db.queryForObject("SELECT COUNT(*) FROM nomination WHERE round_key = ?", Integer.class, roundKey)).isEqualTo(nominated);
    Long sessionId = db.queryForObject("SELECT id FROM council_session WHERE process_instance_id = ?", Long.class, sessionInstance);
    assertThat(db.queryForObject("SELECT COUNT(*) FROM session_voter WHERE session_id = ? AND voted", Integer.class, sessionId))
        .as("nine members voted, each once").isEqualTo(9);
    assertThat(db.queryForList("SELECT agree FROM agenda_item WHERE session_id = ?", Integer.class, sessionId))
        .as("every item's tally").isNotEmpty().allMatch(agree -> agree == 9);
    assertThat(db.queryForObject("SELECT COUNT(*) FROM nomination WHERE round_key = ? AND status = 'AWARDED'", Integer.class, roundKey))
        .isEqualTo(nominated);
    assertThat(db.queryForObject("SELECT COUNT(*) FROM award_entry WHERE award_year = 2025 AND entry_kind = 'AWARD'", Integer.class))
        .as("the register: one entry per award").isEqualTo(nominated);
    assertThat(db.queryForList("SELECT subject_id FROM award_entry GROUP BY subject_id, award_code, award_year HAVING COUNT(*) > 1",
        String.class)).isEmpty();
    assertThat(db.queryForObject("SELECT COUNT(*) FROM act_hi_procinst WHERE business_key_ = ? AND proc_def_key_ = 'commendation-round'", Integer.class, roundKey)).isOne();
    assertThat(db.queryForObject("SELECT COUNT(*) FROM act_hi_procinst WHERE proc_def_key_ = 'council-session'", Integer.class)).isOne();
    assertThat(db.queryForObject("SELECT COUNT(*) FROM act_hi_procinst WHERE proc_def_key_ = 'periodic-review'", Integer.class))
        .as("the reviews both nodes' schedules found due, each opened once")
        .isEqualTo(db.queryForObject("SELECT COUNT(*) FROM periodic_review", Integer.class)).isPositive();
    assertThat(db.queryForObject("SELECT COUNT(*) FROM act_ru_incident", Integer.class)).as("incidents").isZero();
    assertThat(db.queryForObject("SELECT COUNT(*) FROM act_ru_job WHERE retries_ = 0 OR (lock_owner_ IS NOT NULL"
        + " AND lock_exp_time_ < CURRENT_TIMESTAMP)", Integer.class)).as("jobs stuck").isZero();
    assertThat(http.get("/api/audit/verify", "admin").json().path("ok").asBoolean()).as("the diary's chain").isTrue();
  }

  private List<JsonNode> adminTasks(String definitionKey, String processInstanceId) {
    List<JsonNode> tasks = new ArrayList<>();
    http.get("/engine-rest/task?maxResults=100&processInstanceId=" + processInstanceId + "&taskDefinitionKey=" + definitionKey, "admin").json()
        .forEach(tasks::add);
    return tasks;
  }

  private void awaitTasks(String definitionKey, String processInstanceId, int count, Duration limit) throws InterruptedException {
    await(() -> adminTasks(definitionKey, processInstanceId).size() >= count, limit, count + " tasks " + definitionKey);
  }

  private void awaitActivity(String processInstanceId, String activityId, Duration limit) throws InterruptedException {
    await(() -> !http.get("/engine-rest/job?maxResults=10&processInstanceId=" + processInstanceId + "&activityId=" + activityId, "admin").json()
        .isEmpty(), limit, "activity " + activityId);
  }

  private String awaitCalled(String superInstance, String definitionKey) throws InterruptedException {
    String[] id = new String[1];
    await(() -> {
      JsonNode called = http.get("/engine-rest/process-instance?maxResults=10&superProcessInstance=" + superInstance + "&processDefinitionKey="
          + definitionKey, "admin").json();
      id[0] = called.isEmpty() ? null : called.get(0).path("id").asText();
      return id[0] != null;
    }, Duration.ofMinutes(2), definitionKey + " called");
    return id[0];
  }

  private void awaitEnded(String processInstanceId, Duration limit) throws InterruptedException {
    await(() -> "COMPLETED".equals(http.get("/engine-rest/history/process-instance/" + processInstanceId, "admin").json()
        .path("state").asText()), limit, "the round completed");
  }

  static void await(java.util.function.BooleanSupplier condition, Duration limit, String what) throws InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("waited " + limit + " for " + what);
      }
      Thread.sleep(250);
    }
  }

  static JsonNode ok(Http.Response response) {
    assertThat(response.status()).as(response.body()).isBetween(200, 204);
    return response.body().isEmpty() ? JSON.nullNode() : response.json();
  }

  /** A Json variable as the REST API gives it: its value may come as the JSON itself or as its text. */
  static JsonNode jsonValue(JsonNode value) throws IOException {
    return value.isTextual() ? JSON.readTree(value.asText()) : value;
  }

  /** The Director's dashboard read again and again in the same session, as an open page refreshes. */
  private static final class Reader implements Runnable {
    final AtomicBoolean stop = new AtomicBoolean();
    final AtomicInteger reads = new AtomicInteger();
    final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
    private final Http.Webapp session;

    Reader(Http.Webapp session) {
      this.session = session;
    }

    @Override
    public void run() {
      while (!stop.get()) {
        try {
          Http.Response read = session.get("/api/dashboard");
          if (read.status() != 200) {
            failures.add(read.status() + " " + read.body());
          }
          reads.incrementAndGet();
          Thread.sleep(100);
        } catch (RuntimeException e) {
          failures.add(e.toString());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }
}
