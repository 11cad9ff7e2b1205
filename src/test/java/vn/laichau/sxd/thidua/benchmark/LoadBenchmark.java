package vn.laichau.sxd.thidua.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.laichau.sxd.thidua.Http;
import vn.laichau.sxd.thidua.Jobs;
import vn.laichau.sxd.thidua.ThiduaTest;
import vn.laichau.sxd.thidua.registration.RegistrationTestSupport;

/**
 * Fifty people at once, over HTTP on the loopback: with a registration, a periodic review and an
 * annual round open, each of 50 demo accounts sends 20 requests as fast as answers come — its task
 * list and count, its notices, the dashboard, the exemplar register, a round's details, and unit
 * heads complete their units' reports and registrations at the same moments. Bounded (1,000
 * requests, 60 s per request, 10 minutes in all). It fails on any 5xx; the figures go to
 * target/benchmarks/load.txt. Run: see docs/benchmarks.md.
 */
@ThiduaTest
class LoadBenchmark {

  static final int USERS = 50;
  static final int REQUESTS_PER_USER = 20;
  /** Read-only bursts before the measured one: until then the JIT compilers take most of the two cores. */
  static final int WARM_UP_BURSTS = 4;
  static final String REPORT = "{\"variables\":{\"report\":{\"type\":\"Json\",\"value\":"
      + "\"{\\\"actual1\\\":100,\\\"actual2\\\":100,\\\"actual3\\\":98,\\\"actual5\\\":100,\\\"actual7\\\":0}\"}}}";
  static final String REGISTRATION = "{\"variables\":{\"unitTitle\":{\"value\":\"TTLDTT\"},\"candidates\":{\"type\":\"Json\",\"value\":"
      + "\"[{\\\"name\\\":\\\"Một cửa điện tử\\\",\\\"kind\\\":\\\"MO_HINH\\\",\\\"owner\\\":\\\"Tổ một cửa\\\"}]\"}}}";

  @LocalServerPort int port;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @Autowired ManagementService managementService;
  @Autowired JdbcTemplate jdbc;

  private record Answer(String kind, int status, long micros) {
  }

  @Test
  void fiftyPeopleAtOnce() throws Exception {
    RegistrationTestSupport.openFresh2027(runtimeService, jdbc);
    RegistrationTestSupport.today(LocalDate.of(2026, 11, 24));
    jdbc.update("DELETE FROM indicator_value");
    jdbc.update("DELETE FROM periodic_review WHERE review_key = 'SK-2026-ANNUAL'");
    ProcessInstance review = runtimeService.startProcessInstanceByKey("periodic-review", Map.of("year", 2026, "reviewKind", "ANNUAL"));
    ProcessInstance round = runtimeService.startProcessInstanceByKey("commendation-round", Map.of("year", 2025, "commendationType", "CONG_TRANG"));
    Jobs.runDue(managementService);
    String roundKey = round.getBusinessKey();

    List<String> accounts = identityService.createUserQuery().orderByUserId().asc().list().stream().map(User::getId)
        .filter(id -> !id.equals("admin")).limit(USERS).toList();
    assertThat(accounts).hasSize(USERS);
    Http http = new Http(port);
    Burst cold = burst(http, accounts, roundKey, review, null);
    for (int i = 1; i < WARM_UP_BURSTS; i++) {
      burst(http, accounts, roundKey, review, null);
    }
    Map<String, Boolean> completed = new ConcurrentHashMap<>();
    Burst warm = burst(http, accounts, roundKey, review, completed);
    List<Answer> answers = warm.answers();
    long seconds = warm.seconds();
    int completions = (int) answers.stream().filter(a -> a.kind().startsWith("hoàn thành") && a.status() == 204).count();

    Map<String, Integer> byClass = new TreeMap<>();
    Map<String, List<Long>> byKind = new TreeMap<>();
    Map<String, Map<Integer, Integer>> statusByKind = new TreeMap<>();
    List<Long> all = new ArrayList<>();
    for (Answer answer : answers) {
      byClass.merge(answer.status() / 100 + "xx", 1, Integer::sum);
      byKind.computeIfAbsent(answer.kind(), k -> new ArrayList<>()).add(answer.micros());
      statusByKind.computeIfAbsent(answer.kind(), k -> new TreeMap<>()).merge(answer.status(), 1, Integer::sum);
      all.add(answer.micros());
    }
    List<Long> coldTimes = cold.answers().stream().map(Answer::micros).toList();
    StringBuilder text = new StringBuilder(String.format("Lượt đầu trên máy chủ vừa khởi động (chỉ đọc, không đo vào kết quả): %d yêu cầu"
        + " trong %d s, p50 %.1f ms, p95 %.1f ms%n", coldTimes.size(), cold.seconds(), Percentiles.millis(coldTimes, 50),
        Percentiles.millis(coldTimes, 95)));
    text.append(String.format("Sau %d lượt khởi động, đo lượt tiếp theo.%n", WARM_UP_BURSTS));
    text.append(String.format("Tải: %d người cùng lúc, %d yêu cầu trong %d s; %d lần hoàn thành công việc;"
        + " theo nhóm mã trạng thái %s%n", USERS, answers.size(), seconds, completions, byClass));
    text.append(String.format("%-32s %6s %8s %8s %8s %8s  %s%n", "Yêu cầu", "số lần", "p50 ms", "p95 ms", "p99 ms", "max ms", "trạng thái"));
    byKind.forEach((kind, times) -> text.append(line(kind, times, statusByKind.get(kind).toString())));
    text.append(line("Tất cả", all, byClass.toString()));
    System.out.println(text);
    Path out = Path.of("target", "benchmarks", "load.txt");
    Files.createDirectories(out.getParent());
    Files.writeString(out, text.toString());
    assertThat(answers).hasSize(USERS * REQUESTS_PER_USER);
    assertThat(byClass).as("no server error").doesNotContainKey("5xx");
    assertThat(cold.answers()).as("no server error when cold").allSatisfy(answer -> assertThat(answer.status()).isLessThan(500));
    ClockUtil.reset();
  }

  private record Burst(List<Answer> answers, long seconds) {
  }

  /**
   * Every person sends their 20 requests at once. The first burst meets a server that has just started (classes not yet
   * loaded, nothing compiled): it only reads ({@code completed} null) and is reported apart, as a load test measures a
   * server in its working state.
   */
  private Burst burst(Http http, List<String> accounts, String roundKey, ProcessInstance review, Map<String, Boolean> completed)
      throws InterruptedException {
    List<Answer> answers = Collections.synchronizedList(new ArrayList<>());
    ExecutorService pool = Executors.newFixedThreadPool(USERS);
    CountDownLatch start = new CountDownLatch(1);
    for (String user : accounts) {
      List<String> groups = identityService.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
      pool.submit(() -> {
        start.await();
        for (int i = 0; i < REQUESTS_PER_USER; i++) {
          String[] request = request(user, groups, i, roundKey, review, completed);
          long t0 = System.nanoTime();
          Http.Response response = request[1].equals("GET") ? http.get(request[2], user) : http.post(request[2], user, request[3]);
          answers.add(new Answer(request[0], response.status(), (System.nanoTime() - t0) / 1_000));
        }
        return null;
      });
    }
    long began = System.nanoTime();
    start.countDown();
    pool.shutdown();
    assertThat(pool.awaitTermination(5, TimeUnit.MINUTES)).as("bounded: each burst done within 5 minutes").isTrue();
    return new Burst(List.copyOf(answers), (System.nanoTime() - began) / 1_000_000_000L);
  }

  /** The i-th request of a person: what someone in their role does during a working morning. */
  private String[] request(String user, List<String> groups, int i, String roundKey, ProcessInstance review, Map<String, Boolean> completed) {
    String unitHead = groups.stream().filter(g -> g.startsWith("unit-head-")).findFirst().orElse(null);
    boolean office = groups.contains("secretariat") || groups.contains("managers") || groups.contains("director");
    switch (i % 5) {
      case 0:
        return new String[] {"danh sách công việc", "GET", "/engine-rest/task?maxResults=50&sortBy=dueDate&sortOrder=asc", null};
      case 1:
        return new String[] {"số công việc", "GET", "/engine-rest/task/count", null};
      case 2:
        return new String[] {"thông báo", "GET", "/api/notices", null};
      case 3:
        if (unitHead != null && i == 3) {
          return complete(unitHead, "reportIndicators", review.getId(), REPORT, completed, "hoàn thành báo cáo chỉ tiêu");
        }
        if (unitHead != null && i == 8) {
          return complete(unitHead, "registerUnit", null, REGISTRATION, completed, "hoàn thành đăng ký thi đua");
        }
        return office || unitHead != null ? new String[] {"bảng điều hành", "GET", "/api/dashboard?year=2026", null}
            : new String[] {"sổ điển hình", "GET", "/api/exemplars?year=2027", null};
      default:
        if (office && i == 4) {
          return new String[] {"chi tiết đợt bình xét", "GET", "/api/rounds/" + roundKey, null};
        }
        return office ? new String[] {"sổ điển hình", "GET", "/api/exemplars?year=2027", null}
            : new String[] {"định nghĩa quy trình", "GET", "/engine-rest/process-definition?latestVersion=true&maxResults=50", null};
    }
  }

  /** Completes the unit's open task of that step once (the first of its heads to try); otherwise reads the task list. */
  private String[] complete(String unitHead, String step, String instance, String body, Map<String, Boolean> completed, String kind) {
    if (completed == null) {
      return new String[] {"danh sách công việc", "GET", "/engine-rest/task?maxResults=50", null};
    }
    var query = taskService.createTaskQuery().taskDefinitionKey(step).taskCandidateGroup(unitHead);
    List<Task> open = instance == null ? query.list() : query.processInstanceId(instance).list();
    if (open.isEmpty() || completed.putIfAbsent(open.get(0).getId(), true) != null) {
      return new String[] {"danh sách công việc", "GET", "/engine-rest/task?maxResults=50", null};
    }
    return new String[] {kind, "POST", "/engine-rest/task/" + open.get(0).getId() + "/complete", body};
  }

  private static String line(String kind, List<Long> micros, String statuses) {
    return String.format("%-32s %6d %8.1f %8.1f %8.1f %8.1f  %s%n", kind, micros.size(), Percentiles.millis(micros, 50),
        Percentiles.millis(micros, 95), Percentiles.millis(micros, 99), Percentiles.maxMillis(micros), statuses);
  }
}
