package vn.laichau.sxd.thidua.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.laichau.sxd.thidua.Http;
import vn.laichau.sxd.thidua.Jobs;
import vn.laichau.sxd.thidua.ThiduaTest;

/**
 * Secret means unlinkable at rest: after a real session of nine members, each voting through the
 * REST API in a transaction of their own, someone who reads the database (PostgreSQL, with its row
 * metadata) finds no row that ties a secret vote to the member who cast it — not by the rows'
 * transaction ids (xmin), not by their physical order — while the tally is exact.
 */
@ThiduaTest
class SecretBallotAtRestTest {

  static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
  static final List<String> COUNCIL = List.of("bithudoan", "chanhvanphong", "chutichcongdoan", "giamdoc", "phogiamdoc",
      "truongphong.kchtgt", "truongphong.khtc", "truongphong.qhkt", "truongphong.qlxd");
  /**
   * Our tables that name a voter in their transaction, public by design: who voted, open votes, and the diary (whose
   * entry in a voter's transaction says only that the member voted, and whose head row names the latest entry; checked below).
   */
  static final List<String> VOTER_TABLES = List.of("session_voter", "open_vote", "audit_entry", "audit_head");

  @Autowired CouncilService council;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired JdbcTemplate jdbc;
  @LocalServerPort int port;

  @AfterEach
  void cleanUp() {
    ClockUtil.reset();
  }

  private boolean postgres() {
    return jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName()).toLowerCase().contains("postgres");
  }

  @Test
  void noStoredFactLinksASecretVoteToItsVoter() {
    assumeThat(postgres()).as("row metadata is PostgreSQL's").isTrue();
    ClockUtil.setCurrentTime(Date.from(LocalDate.of(2026, 1, 12).atTime(9, 0).atZone(VIETNAM).toInstant()));
    long sessionId = council.prepareSession(2025, "Bình xét khen thưởng năm 2025", List.of(
        new AgendaEntry("INDIVIDUAL", "bithudoan", "Giàng A Chư", "LDTT", "Lao động tiên tiến", null),
        new AgendaEntry("INDIVIDUAL", "truongphong.qhkt", "Nguyễn Thị Thu Hà", "CSTDCS", "Chiến sĩ thi đua cơ sở", null),
        new AgendaEntry("INDIVIDUAL", "truongphong.khtc", "Lò Văn Minh", "CSTDCS", "Chiến sĩ thi đua cơ sở", null),
        new AgendaEntry("COLLECTIVE", "QHKT", "Phòng Quy hoạch – Kiến trúc", "TTLDXS", "Tập thể lao động xuất sắc", null)));
    String instance = runtimeService.startProcessInstanceByKey("council-session", Map.of("sessionId", sessionId)).getId();
    List<Map<String, Object>> items = jdbc.queryForList("SELECT id, ballot FROM agenda_item WHERE session_id = ? ORDER BY position", sessionId);
    List<Long> secretItems = items.stream().filter(i -> "SECRET".equals(i.get("ballot"))).map(i -> ((Number) i.get("id")).longValue()).toList();
    assertThat(secretItems).hasSize(3);

    // Each member votes through the REST API; the secret choices differ from member to member.
    Http http = new Http(port);
    String[] choices = {"AGREE", "DISAGREE", "ABSTAIN"};
    for (int m = 0; m < COUNCIL.size(); m++) {
      StringBuilder ballot = new StringBuilder("[");
      for (int i = 0; i < items.size(); i++) {
        ballot.append(i == 0 ? "" : ",").append("{\\\"itemId\\\":\\\"").append(items.get(i).get("id")).append("\\\",\\\"choice\\\":\\\"")
            .append(i == 0 ? "AGREE" : choices[(m + i) % 3]).append("\\\"}");
      }
      String member = COUNCIL.get(m);
      String task = taskService.createTaskQuery().processInstanceId(instance).taskAssignee(member).singleResult().getId();
      Http.Response response = http.post("/engine-rest/task/" + task + "/complete", member,
          "{\"variables\":{\"ballot\":{\"value\":\"" + ballot.append("]") + "\",\"type\":\"Json\"}}}");
      assertThat(response.status()).as(response.body()).isEqualTo(204);
    }
    Jobs.runDue(managementService);
    for (long item : secretItems) {
      assertThat(jdbc.queryForObject("SELECT agree + disagree + abstain FROM agenda_item WHERE id = ?", Integer.class, item))
          .as("the tally is exact").isEqualTo(9);
    }

    List<String> voterTransactions = jdbc.queryForList("SELECT CAST(xmin AS TEXT) FROM session_voter WHERE session_id = ? AND voted",
        String.class, sessionId);
    assertThat(voterTransactions).as("one transaction per member").hasSize(9).doesNotHaveDuplicates();
    String inVoterTransactions = "CAST(xmin AS TEXT) IN ('" + String.join("','", voterTransactions) + "')";
    List<String> ourTables = jdbc.queryForList("SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
        + " AND table_type = 'BASE TABLE' AND table_name NOT LIKE 'act_%' AND table_name <> 'thidua_schema_history' ORDER BY table_name",
        String.class);
    List<String> engineTables = jdbc.queryForList("SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
        + " AND table_type = 'BASE TABLE' AND table_name LIKE 'act_%' ORDER BY table_name", String.class);

    // Attack 1: join every pair of our tables on the transaction id, restricted to the voters' transactions.
    List<String> links = new ArrayList<>();
    for (String a : ourTables) {
      for (String b : ourTables) {
        if (a.compareTo(b) < 0 && !(VOTER_TABLES.contains(a) && VOTER_TABLES.contains(b))) {
          int joined = jdbc.queryForObject("SELECT COUNT(*) FROM " + a + " x JOIN " + b + " y ON CAST(x.xmin AS TEXT) = CAST(y.xmin AS TEXT)"
              + " WHERE CAST(x.xmin AS TEXT) IN ('" + String.join("','", voterTransactions) + "')", Integer.class);
          if (joined > 0) {
            links.add(a + " × " + b + ": " + joined);
          }
        }
      }
    }
    assertThat(links).as("rows of our tables that share a voter's transaction").isEmpty();
    for (String table : ourTables) {
      if (!VOTER_TABLES.contains(table)) {
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " WHERE " + inVoterTransactions, Integer.class))
            .as("%s written in a voter's transaction", table).isZero();
      }
    }
    assertThat(jdbc.queryForList("SELECT text FROM audit_entry WHERE " + inVoterTransactions, String.class))
        .as("the diary in the voters' transactions").hasSize(9).containsOnly("Đã bỏ phiếu.");
    // The engine's rows of those transactions (the ballot task's end, the job after it) hold no choice.
    for (String table : engineTables) {
      for (String row : jdbc.queryForList("SELECT CAST(t AS TEXT) FROM " + table + " t WHERE " + inVoterTransactions, String.class)) {
        assertThat(row).as(table).doesNotContain("AGREE", "DISAGREE", "ABSTAIN");
      }
    }

    // Attack 2: physical order. No row per secret vote exists whose order could follow the ballots' completion order.
    String secret = secretItems.stream().map(String::valueOf).reduce((x, y) -> x + "," + y).orElseThrow();
    for (String table : ourTables) {
      boolean hasItem = !jdbc.queryForList("SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema()"
          + " AND table_name = ? AND column_name = 'item_id'", String.class, table).isEmpty();
      if (hasItem) {
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " WHERE item_id IN (" + secret + ")", Integer.class))
            .as("rows per secret vote in %s", table).isZero();
      }
    }
    System.out.printf("Secrecy at rest: %d voter transactions; %d pairs of our %d tables joined on xmin, %d links; %d engine tables read;"
        + " 0 rows per secret vote%n", voterTransactions.size(), ourTables.size() * (ourTables.size() - 1) / 2, ourTables.size(), links.size(),
        engineTables.size());
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance).count()).isZero();
  }
}
