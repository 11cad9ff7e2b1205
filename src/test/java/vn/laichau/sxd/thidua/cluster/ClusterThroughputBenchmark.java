package vn.laichau.sxd.thidua.cluster;

import static vn.laichau.sxd.thidua.cluster.ClusterIT.ENGINE;
import static vn.laichau.sxd.thidua.cluster.ClusterIT.ok;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.laichau.sxd.thidua.Http;

/**
 * The same load through nginx on one node, then on two, on one PostgreSQL database: ten unit heads
 * and the secretariat work a year's registration in a loop (the unit registers, the secretariat
 * returns it with a reason, the unit registers again: two task completions a turn), each reading
 * their task count and the dashboard between two completions. Reports requests/s, completions/s and
 * the database's commits/s ({@code pg_stat_database}) for each. Not a test: it fails only if the
 * load cannot run. Run: {@code ./mvnw verify -Pcluster -Dit.test=ClusterThroughputBenchmark}.
 */
class ClusterThroughputBenchmark {

  private static final Duration WARM_UP = Duration.ofSeconds(30);
  private static final Duration MEASURED = Duration.ofSeconds(60);
  private static final String REGISTRATION = "{\"variables\":{\"unitTitle\":{\"value\":\"TTLDTT\"},\"candidates\":{\"type\":\"Json\",\"value\":"
      + "\"[{\\\"name\\\":\\\"Một cửa điện tử\\\",\\\"kind\\\":\\\"MO_HINH\\\",\\\"owner\\\":\\\"Tổ một cửa\\\"}]\"}}}";
  private static final String RETURNED = "{\"variables\":{\"reviewDecision\":{\"value\":\"RETURN\"},"
      + "\"reviewNote\":{\"value\":\"Bổ sung kế hoạch thực hiện\"}}}";

  private final Path directory = Path.of("target", "cluster");
  private JdbcTemplate db;

  @Test
  void oneNodeThenTwo() throws Exception {
    org.springframework.util.FileSystemUtils.deleteRecursively(directory);
    Files.createDirectories(directory);
    db = ClusterIT.freshDatabase(ClusterIT.DATABASE);
    Path jar = Path.of("target", "thidua.jar");
    String url = "jdbc:postgresql://127.0.0.1:5432/" + ClusterIT.DATABASE;
    List<String> report = new ArrayList<>();
    try (ClusterNode a = new ClusterNode("node-a", jar, url, directory); ClusterNode b = new ClusterNode("node-b", jar, url, directory)) {
      a.start();
      b.start();
      a.awaitHealthy(Duration.ofMinutes(4));
      b.awaitHealthy(Duration.ofMinutes(4));
      try (LoadBalancer both = new LoadBalancer(List.of(a, b), directory.resolve("both"))) {
        Http http = new Http(both.port);
        ok(http.login("tasklist", "thuky", Http.DEMO_PASSWORD).post(ENGINE + "/process-definition/key/emulation-registration/submit-form",
            "{\"variables\":{\"year\":{\"value\":2027,\"type\":\"Integer\"}}}"));
        ClusterIT.await(() -> db.queryForObject("SELECT COUNT(*) FROM act_ru_task WHERE task_def_key_ = 'registerUnit'", Integer.class) == 10,
            Duration.ofMinutes(2), "ten registrations to fill in");
      }
      report.add(String.format("%-10s %10s %14s %12s %10s", "nút", "yêu cầu/s", "hoàn thành/s", "commit/s", "lỗi"));
      try (LoadBalancer one = new LoadBalancer(List.of(a), directory.resolve("one"))) {
        report.add(load("1 nút", one.port));
      }
      try (LoadBalancer both = new LoadBalancer(List.of(a, b), directory.resolve("two"))) {
        report.add(load("2 nút", both.port));
      }
    }
    report.add("Máy: " + Runtime.getRuntime().availableProcessors() + " nhân dùng chung cho hai nút, PostgreSQL, nginx và bộ tạo tải.");
    Files.write(directory.resolve("throughput.txt"), report);
    report.forEach(System.out::println);
  }

  private String load(String label, int port) throws Exception {
    Http http = new Http(port);
    List<Worker> workers = new ArrayList<>();
    for (String unit : db.queryForList("SELECT DISTINCT SUBSTRING(group_id_ FROM 11) FROM act_id_membership WHERE group_id_ LIKE 'unit-head-%'"
        + " ORDER BY 1", String.class)) {
      String head = db.queryForObject("SELECT MIN(user_id_) FROM act_id_membership WHERE group_id_ = ?", String.class, "unit-head-" + unit);
      workers.add(new Worker(unit, http.login("tasklist", head, Http.DEMO_PASSWORD), http.login("tasklist", "thuky", Http.DEMO_PASSWORD)));
    }
    ExecutorService pool = Executors.newFixedThreadPool(workers.size());
    AtomicBoolean stop = new AtomicBoolean();
    List<Future<?>> running = workers.stream().map(worker -> pool.submit(() -> worker.run(stop))).<Future<?>>map(f -> f).toList();
    Thread.sleep(WARM_UP.toMillis());
    workers.forEach(Worker::reset);
    long commits = commits();
    long started = System.nanoTime();
    Thread.sleep(MEASURED.toMillis());
    double seconds = (System.nanoTime() - started) / 1e9;
    int requests = workers.stream().mapToInt(w -> w.requests.get()).sum();
    int completions = workers.stream().mapToInt(w -> w.completions.get()).sum();
    int failures = workers.stream().mapToInt(w -> w.failures.get()).sum();
    long committed = commits() - commits;
    stop.set(true);
    for (Future<?> worker : running) {
      worker.get();
    }
    pool.shutdown();
    return String.format("%-10s %10.1f %14.1f %12.1f %10d", label, requests / seconds, completions / seconds, committed / seconds, failures);
  }

  private long commits() {
    return db.queryForObject("SELECT xact_commit FROM pg_stat_database WHERE datname = ?", Long.class, ClusterIT.DATABASE);
  }

  /** One unit's head and the secretariat, turn after turn on that unit's registration. */
  private static final class Worker {
    final AtomicInteger requests = new AtomicInteger();
    final AtomicInteger completions = new AtomicInteger();
    final AtomicInteger failures = new AtomicInteger();
    private final String group;
    private final Http.Webapp head;
    private final Http.Webapp secretariat;

    Worker(String unit, Http.Webapp head, Http.Webapp secretariat) {
      this.group = "unit-head-" + unit;
      this.head = head;
      this.secretariat = secretariat;
    }

    void reset() {
      requests.set(0);
      completions.set(0);
      failures.set(0);
    }

    Void run(AtomicBoolean stop) {
      while (!stop.get()) {
        read(head, ENGINE + "/task/count");
        read(head, "/api/dashboard");
        JsonNode mine = read(head, ENGINE + "/task?maxResults=1&taskDefinitionKey=registerUnit&candidateGroup=" + group);
        if (mine != null && !mine.isEmpty()) {
          String execution = mine.get(0).path("executionId").asText();
          complete(head, mine.get(0).path("id").asText(), REGISTRATION);
          read(secretariat, ENGINE + "/task/count");
          JsonNode review = read(secretariat, ENGINE + "/task?maxResults=1&taskDefinitionKey=reviewUnitRegistration&executionId=" + execution);
          if (review != null && !review.isEmpty()) {
            complete(secretariat, review.get(0).path("id").asText(), RETURNED);
          }
        }
      }
      return null;
    }

    private JsonNode read(Http.Webapp session, String path) {
      Http.Response response = session.get(path);
      count(response.status() == 200);
      return response.status() == 200 ? response.json() : null;
    }

    private void complete(Http.Webapp session, String taskId, String variables) {
      Http.Response response = session.post(ENGINE + "/task/" + taskId + "/submit-form", variables);
      count(response.status() == 204);
      if (response.status() == 204) {
        completions.incrementAndGet();
      }
    }

    private void count(boolean ok) {
      requests.incrementAndGet();
      if (!ok) {
        failures.incrementAndGet();
      }
    }
  }
}
