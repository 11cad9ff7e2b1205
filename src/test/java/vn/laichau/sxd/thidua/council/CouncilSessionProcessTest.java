package vn.laichau.sxd.thidua.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.laichau.sxd.thidua.Http;
import vn.laichau.sxd.thidua.ThiduaTest;
import vn.laichau.sxd.thidua.engine.InvalidInputException;

/** Every path of council-session, nine members voting at once, and the secrecy of secret ballots. */
@ThiduaTest
class CouncilSessionProcessTest {

  private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
  private static final List<String> COUNCIL = List.of("bithudoan", "chanhvanphong", "chutichcongdoan", "giamdoc", "phogiamdoc",
      "truongphong.kchtgt", "truongphong.khtc", "truongphong.qhkt", "truongphong.qlxd");

  @Autowired CouncilService council;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired HistoryService historyService;
  @Autowired JdbcTemplate jdbc;
  @org.springframework.boot.test.web.server.LocalServerPort int port;

  @Autowired ProcessEngine processEngine;

  @BeforeEach
  void monday() {
    BpmnAwareTests.init(processEngine);
    ClockUtil.setCurrentTime(Date.from(LocalDate.of(2026, 1, 12).atTime(9, 0).atZone(VIETNAM).toInstant()));
  }

  @AfterEach
  void cleanUp() {
    ClockUtil.reset();
    // Open sessions would leave ballot tasks in the members' task lists for the other tests.
    List<String> open = runtimeService.createProcessInstanceQuery().processDefinitionKey("council-session").list()
        .stream().map(p -> p.getId()).toList();
    if (!open.isEmpty()) {
      runtimeService.deleteProcessInstances(open, "test clean-up", true, true);
    }
  }

  /** Item 1: LĐTT, open vote. Item 2: CSTĐCS, secret ballot. */
  private String openSession() {
    long sessionId = council.prepareSession(2025, "Bình xét khen thưởng năm 2025", List.of(
        new AgendaEntry("INDIVIDUAL", "bithudoan", "Giàng A Chư", "LDTT", "Lao động tiên tiến", null),
        new AgendaEntry("INDIVIDUAL", "truongphong.qhkt", "Nguyễn Thị Thu Hà", "CSTDCS", "Chiến sĩ thi đua cơ sở", null)));
    return runtimeService.startProcessInstanceByKey("council-session", Map.of("sessionId", sessionId)).getId();
  }

  private long sessionId(String instance) {
    return ((Number) runtimeService.getVariable(instance, "sessionId")).longValue();
  }

  private List<Long> itemIds(long sessionId) {
    return jdbc.queryForList("SELECT id FROM agenda_item WHERE session_id = ? ORDER BY position", Long.class, sessionId);
  }

  private String ballot(long sessionId, String first, String second) {
    List<Long> items = itemIds(sessionId);
    return "[{\"itemId\":\"" + items.get(0) + "\",\"choice\":\"" + first + "\"},{\"itemId\":\"" + items.get(1) + "\",\"choice\":\"" + second + "\"}]";
  }

  private Task ballotOf(String instance, String member) {
    return taskService.createTaskQuery().processInstanceId(instance).taskAssignee(member).singleResult();
  }

  private void vote(String instance, String member, String first, String second) {
    taskService.complete(ballotOf(instance, member).getId(),
        Variables.createVariables().putValue("ballot", ballot(sessionId(instance), first, second)));
  }

  /** Runs the due jobs one by one as the job executor would; a job may remove others (the deadline cancels ballots). */
  private void runDueJobs(String instance) {
    for (int round = 0; round < 50; round++) {
      List<Job> due = managementService.createJobQuery().processInstanceId(instance).executable().listPage(0, 1);
      if (due.isEmpty()) {
        return;
      }
      managementService.executeJob(due.get(0).getId());
    }
  }

  private Map<String, Object> item(long sessionId, int position) {
    return jdbc.queryForMap("SELECT outcome, agree, disagree, abstain FROM agenda_item WHERE session_id = ? AND position = ?", sessionId, position);
  }

  private boolean endedAt(String instance, String endEvent) {
    return historyService.createHistoricActivityInstanceQuery().processInstanceId(instance).activityId(endEvent).count() == 1;
  }

  @Test
  void everyMemberGetsOneBallotForTheWholeAgenda() {
    String instance = openSession();
    List<Task> ballots = taskService.createTaskQuery().processInstanceId(instance).list();
    assertThat(ballots).extracting(Task::getAssignee).containsExactlyInAnyOrderElementsOf(COUNCIL);
    assertThat(ballots.get(0).getName()).as("the session's name, not its key").isEqualTo("Phiếu bầu — Phiên họp Hội đồng số "
        + jdbc.queryForObject("SELECT COUNT(*) FROM council_session WHERE session_year = 2025", Integer.class) + " năm 2025");
    assertThat(runtimeService.getVariable(instance, "sessionKey")).isEqualTo(runtimeService.createProcessInstanceQuery()
        .processInstanceId(instance).singleResult().getBusinessKey());
    assertThat(taskService.getVariable(ballots.get(0).getId(), "ballot").toString()).contains("Nguyễn Thị Thu Hà — Chiến sĩ thi đua cơ sở (bỏ phiếu kín)");
  }

  @Test
  void itemsPassOrFailByTheirOwnRule() {
    String instance = openSession();
    long sessionId = sessionId(instance);
    // Item 1 (open, > 50% of votes cast): 5 of 9 agree. Item 2 (secret, ≥ 70% of all 9): 6 agree, one short.
    for (int i = 0; i < COUNCIL.size(); i++) {
      vote(instance, COUNCIL.get(i), i < 5 ? "AGREE" : "DISAGREE", i < 6 ? "AGREE" : "ABSTAIN");
    }
    runDueJobs(instance);

    assertThat(item(sessionId, 1)).containsEntry("OUTCOME", "PASSED").containsEntry("AGREE", 5).containsEntry("DISAGREE", 4);
    assertThat(item(sessionId, 2)).containsEntry("OUTCOME", "FAILED").containsEntry("AGREE", 6).containsEntry("ABSTAIN", 3);
    assertThat(endedAt(instance, "sessionDecided")).isTrue();
    assertThat(jdbc.queryForObject("SELECT status FROM council_session WHERE id = ?", String.class, sessionId)).isEqualTo("CLOSED");
  }

  @Test
  void theMinutesShowAttendanceCountsAndOnlyTheOpenVotesByName() {
    String instance = openSession();
    long sessionId = sessionId(instance);
    for (int i = 0; i < COUNCIL.size(); i++) {
      vote(instance, COUNCIL.get(i), "AGREE", i < 8 ? "AGREE" : "DISAGREE");
    }
    runDueJobs(instance);
    String key = jdbc.queryForObject("SELECT business_key FROM council_session WHERE id = ?", String.class, sessionId);

    Http.Response minutes = new Http(port).get("/api/council/sessions/" + key, "thuky");

    assertThat(minutes.status()).isEqualTo(200);
    assertThat(minutes.json().path("members").size()).isEqualTo(9);
    assertThat(minutes.json().path("items").get(1).toString()).contains("\"outcome\":\"PASSED\"").contains("\"agree\":8");
    assertThat(minutes.json().path("openVotes").findValuesAsText("position")).containsOnly("1").hasSize(9);
    assertThat(new Http(port).get("/api/council/sessions/" + key, "an.nv.vp").status()).isEqualTo(403);
  }

  @Test
  void withoutQuorumAtTheDeadlineTheSessionDecidesNothing() {
    String instance = openSession();
    long sessionId = sessionId(instance);
    COUNCIL.subList(0, 5).forEach(member -> vote(instance, member, "AGREE", "AGREE"));
    runDueJobs(instance);
    assertThat(taskService.createTaskQuery().processInstanceId(instance).count()).isEqualTo(4);

    // Five working days later voting closes: 5 of 9 is below two thirds.
    ClockUtil.setCurrentTime(Date.from(LocalDate.of(2026, 1, 19).atTime(17, 1).atZone(VIETNAM).toInstant()));
    runDueJobs(instance);

    assertThat(item(sessionId, 1)).containsEntry("OUTCOME", "NO_QUORUM");
    assertThat(item(sessionId, 2)).containsEntry("OUTCOME", "NO_QUORUM");
    assertThat(endedAt(instance, "sessionWithoutQuorum")).isTrue();
    assertThat(taskService.createTaskQuery().processInstanceId(instance).count()).isZero();
  }

  @Test
  void sixMembersMakeAQuorumAtTheDeadline() {
    String instance = openSession();
    long sessionId = sessionId(instance);
    COUNCIL.subList(0, 6).forEach(member -> vote(instance, member, "AGREE", "AGREE"));
    ClockUtil.setCurrentTime(Date.from(LocalDate.of(2026, 1, 19).atTime(17, 1).atZone(VIETNAM).toInstant()));
    runDueJobs(instance);

    assertThat(item(sessionId, 1)).containsEntry("OUTCOME", "PASSED");
    assertThat(item(sessionId, 2)).as("6 of 9 is below 70%% of all members").containsEntry("OUTCOME", "FAILED");
    assertThat(endedAt(instance, "sessionDecided")).isTrue();
  }

  @Test
  void anIncompleteOrForeignBallotIsRefusedAndChangesNothing() {
    String instance = openSession();
    long sessionId = sessionId(instance);
    Task task = ballotOf(instance, "giamdoc");
    List<Long> items = itemIds(sessionId);
    String missingItem = "[{\"itemId\":\"" + items.get(0) + "\",\"choice\":\"AGREE\"}]";
    String badChoice = ballot(sessionId, "AGREE", "MAYBE");
    String foreignItem = ballot(sessionId, "AGREE", "AGREE") .replace("\"" + items.get(1) + "\"", "\"999999\"");

    assertThatThrownBy(() -> taskService.complete(task.getId(), Variables.createVariables().putValue("ballot", missingItem)))
        .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("Phiếu bầu chưa có ý kiến cho nội dung 2");
    assertThatThrownBy(() -> taskService.complete(task.getId(), Variables.createVariables().putValue("ballot", badChoice)))
        .hasMessage("Mỗi nội dung phải chọn Đồng ý, Không đồng ý hoặc Không biểu quyết.");
    assertThatThrownBy(() -> taskService.complete(task.getId(), Variables.createVariables().putValue("ballot", foreignItem)))
        .isInstanceOf(InvalidInputException.class);

    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM session_voter WHERE session_id = ? AND voted", Integer.class, sessionId)).isZero();
    assertThat(jdbc.queryForMap("SELECT agree + disagree + abstain AS votes FROM secret_count WHERE item_id = ?", items.get(1)))
        .containsValue(0);
    assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
  }

  @Test
  void nineMembersVotingAtTheSameMomentGiveTheSameTallyAsOneByOne() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(COUNCIL.size());
    try {
      for (int repetition = 0; repetition < 5; repetition++) {
        String instance = openSession();
        long sessionId = sessionId(instance);
        String agreeBoth = ballot(sessionId, "AGREE", "AGREE");
        String mixed = ballot(sessionId, "DISAGREE", "ABSTAIN");
        List<String> order = new ArrayList<>(COUNCIL);
        Collections.shuffle(order);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> votes = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
          String taskId = ballotOf(instance, order.get(i)).getId();
          String choice = i < 7 ? agreeBoth : mixed;
          votes.add(pool.submit(() -> {
            start.await();
            taskService.complete(taskId, Variables.createVariables().putValue("ballot", choice));
            return null;
          }));
        }
        start.countDown();
        for (Future<?> vote : votes) {
          vote.get();
        }
        runDueJobs(instance);

        assertThat(item(sessionId, 1)).as("repetition %d", repetition)
            .containsEntry("AGREE", 7).containsEntry("DISAGREE", 2).containsEntry("ABSTAIN", 0).containsEntry("OUTCOME", "PASSED");
        assertThat(item(sessionId, 2)).containsEntry("AGREE", 7).containsEntry("ABSTAIN", 2).containsEntry("OUTCOME", "PASSED");
        assertThat(runtimeService.createIncidentQuery().processInstanceId(instance).count()).isZero();
        assertThat(endedAt(instance, "sessionDecided")).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void nothingStoredLinksASecretVoteToItsVoter() {
    String instance = openSession();
    long sessionId = sessionId(instance);
    long secretItem = itemIds(sessionId).get(1);
    String marker = "dau-vet-" + sessionId;
    for (String member : COUNCIL) {
      String choices = ballot(sessionId, "AGREE", member.equals("bithudoan") ? "DISAGREE" : "AGREE")
          .replace("}]", ",\"note\":\"" + marker + "\"}]");
      taskService.complete(ballotOf(instance, member).getId(), Variables.createVariables().putValue("ballot", choices));
    }
    runDueJobs(instance);

    // Secret votes were only ever running counts, which the count moved into the agenda; the system still knows who voted.
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM secret_count WHERE item_id = ?", Integer.class, secretItem)).isZero();
    assertThat(jdbc.queryForObject("SELECT disagree FROM agenda_item WHERE id = ?", Integer.class, secretItem)).isEqualTo(1);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM session_voter WHERE session_id = ? AND voted", Integer.class, sessionId)).isEqualTo(9);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM open_vote WHERE item_id = ?", Integer.class, secretItem)).isZero();
    // Neither the engine's history nor any other table keeps a ballot.
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(instance).variableName("ballot").count()).isZero();
    assertThat(historyService.createHistoricDetailQuery().processInstanceId(instance).list())
        .noneMatch(detail -> detail.toString().contains("ballot"));
    assertNoTableHolds(marker);
    // The diary says who voted, as the session's attendance does, and nothing of how.
    String key = historyService.createHistoricProcessInstanceQuery().processInstanceId(instance).singleResult().getBusinessKey();
    List<String> votes = jdbc.queryForList("SELECT text FROM audit_entry WHERE business_key = ? AND action = 'VOTED'", String.class, key);
    assertThat(votes).hasSize(COUNCIL.size()).containsOnly("Đã bỏ phiếu.");
    assertThat(jdbc.queryForList("SELECT text FROM audit_entry WHERE business_key = ?", String.class, key))
        .noneMatch(text -> text.toLowerCase().contains("đồng ý") || text.contains("AGREE"));
  }

  private void assertNoTableHolds(String marker) {
    for (Map<String, Object> column : jdbc.queryForList("SELECT table_name, column_name, data_type FROM information_schema.columns"
        + " WHERE table_schema IN ('public', 'PUBLIC')")) {
      String type = ((String) column.get("data_type")).toLowerCase();
      if (!(type.contains("char") || type.contains("text") || type.contains("clob") || type.contains("bytea") || type.contains("binary")
          || type.contains("blob"))) {
        continue;
      }
      for (Object value : jdbc.queryForList("SELECT \"" + column.get("column_name") + "\" FROM \"" + column.get("table_name") + "\"", Object.class)) {
        String content = value instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : String.valueOf(value);
        assertThat(content).as("%s.%s", column.get("table_name"), column.get("column_name")).doesNotContain(marker);
      }
    }
  }

  /** The late path on its own (as Camunda's invoice example starts it): a count with no ballot cast has no quorum. */
  @Test
  void startedAtTheCountASessionNobodyVotedInEndsWithoutQuorum() {
    long sessionId = council.prepareSession(2025, "Bình xét khen thưởng năm 2025", List.of(
        new AgendaEntry("INDIVIDUAL", "bithudoan", "Giàng A Chư", "LDTT", "Lao động tiên tiến", null)));
    ProcessInstance session = runtimeService.createProcessInstanceByKey("council-session").startBeforeActivity("tallyVotes")
        .setVariables(Map.of("sessionId", sessionId)).execute();

    BpmnAwareTests.assertThat(session).hasPassed("tallyVotes", "sessionWithoutQuorum").hasNotPassed("castBallot").isEnded();
    assertThat(jdbc.queryForObject("SELECT status FROM council_session WHERE id = ?", String.class, sessionId)).isEqualTo("NO_QUORUM");
  }

}
