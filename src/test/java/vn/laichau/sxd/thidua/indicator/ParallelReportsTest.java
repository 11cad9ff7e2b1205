package vn.laichau.sxd.thidua.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.laichau.sxd.thidua.Http;
import vn.laichau.sxd.thidua.ThiduaTest;
import vn.laichau.sxd.thidua.registration.RegistrationTestSupport;

/**
 * Parallel work never shows an error: the ten unit heads send their reports at the same moment,
 * through the REST API, repeatedly; every one is accepted at once and nothing is lost, although
 * each completion ends one branch of the same multi-instance (whose shared counters collide).
 */
@ThiduaTest
class ParallelReportsTest {

  static final String REPORT = "{\"variables\":{\"report\":{\"type\":\"Json\",\"value\":"
      + "\"{\\\"actual1\\\":100,\\\"actual2\\\":100,\\\"actual3\\\":98,\\\"actual5\\\":100,\\\"actual7\\\":0}\"}}}";

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @Autowired JdbcTemplate jdbc;
  @LocalServerPort int port;

  @AfterEach
  void cleanUp() {
    ClockUtil.reset();
    runtimeService.createProcessInstanceQuery().processDefinitionKey("periodic-review").list()
        .forEach(p -> runtimeService.deleteProcessInstance(p.getId(), "test clean-up", true, true));
    jdbc.update("DELETE FROM indicator_value");
    jdbc.update("DELETE FROM periodic_review");
    jdbc.update("DELETE FROM notice");
  }

  private String headOf(Task task) {
    String group = taskService.getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getGroupId)
        .filter(g -> g != null && g.startsWith("unit-head-")).findFirst().orElseThrow();
    return identityService.createUserQuery().memberOfGroup(group).orderByUserId().asc().list().get(0).getId();
  }

  @Test
  void tenUnitsReportingAtTheSameMomentAllSucceed() throws Exception {
    Http http = new Http(port);
    ExecutorService pool = Executors.newFixedThreadPool(10);
    try {
      for (int repetition = 0; repetition < 3; repetition++) {
        cleanUp();
        RegistrationTestSupport.today(LocalDate.of(2026, 11, 24));
        ProcessInstance review = runtimeService.startProcessInstanceByKey("periodic-review", Map.of("year", 2026, "reviewKind", "ANNUAL"));
        List<Task> reports = taskService.createTaskQuery().processInstanceId(review.getId()).taskDefinitionKey("reportIndicators").list();
        assertThat(reports).hasSize(10);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Http.Response>> answers = new ArrayList<>();
        for (Task report : reports) {
          String head = headOf(report);
          answers.add(pool.submit(() -> {
            start.await();
            return http.post("/engine-rest/task/" + report.getId() + "/complete", head, REPORT);
          }));
        }
        start.countDown();
        for (Future<Http.Response> answer : answers) {
          Http.Response response = answer.get();
          assertThat(response.status()).as("repetition %d: %s", repetition, response.body()).isEqualTo(204);
        }
        assertThat(taskService.createTaskQuery().processInstanceId(review.getId()).taskDefinitionKey("consolidateReview").count())
            .as("every branch ended, repetition %d", repetition).isOne();
        assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT unit_code) FROM indicator_value", Integer.class)).isEqualTo(10);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
