package vn.laichau.sxd.thidua.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.laichau.sxd.thidua.nomination.RoundTestSupport.PROVINCE_DECISION;
import static vn.laichau.sxd.thidua.nomination.RoundTestSupport.today;

import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.laichau.sxd.thidua.Http;
import vn.laichau.sxd.thidua.ThiduaTest;
import vn.laichau.sxd.thidua.nomination.RoundTestSupport;

/** provincial-submission: dossier, the Director's letter, waiting (with follow-ups) and the province's decision per item. */
@ThiduaTest
class ProvincialSubmissionProcessTest {

  @Autowired RoundTestSupport support;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired JdbcTemplate jdbc;
  @LocalServerPort int port;

  @BeforeEach
  void setUp() {
    support.cleanUp();
    today(LocalDate.of(2026, 11, 23));
  }

  @AfterEach
  void cleanUp() {
    support.cleanUp();
  }

  /** An ad hoc Bằng khen for QLXD, passed by the council and forwarded by the Director: the shortest way to a submission. */
  private ProcessInstance forwardedRound() {
    ProcessInstance round = support.openAdHocRound("QLXD");
    support.nominate(round, "QLXD", "[{\"subjectId\":\"QLXD\",\"awardCodes\":[\"BANG_KHEN_CT_TINH\"],"
        + "\"achievementSummary\":\"Khắc phục sạt lở Quốc lộ 4D trong 72 giờ\"}]");
    support.accept(support.task(round, "appraise", "QLXD"));
    support.councilVotes(round, 9);
    support.decide(round, "25/11/2026");
    return round;
  }

  private ProcessInstance preparedAndSigned(ProcessInstance submission) {
    taskService.complete(support.single(submission, "prepareDossier").getId(), Variables.createVariables().putValue("dossierComplete", true));
    taskService.complete(support.single(submission, "signSubmission").getId(), Variables.createVariables()
        .putValue("letterDate", "26/11/2026"));
    return submission;
  }

  private static String decision(String items) {
    return "{\"decisionNumber\":\"" + PROVINCE_DECISION + "\",\"decisionDate\":\"15/12/2026\",\"items\":" + items + "}";
  }

  @Test
  void theDirectorSignsTheLetterAndTheProvincesDecisionEntersTheRegister() {
    ProcessInstance round = forwardedRound();
    ProcessInstance submission = support.submission(round);
    assertThat(submission.getBusinessKey()).isEqualTo("TK-2026-1");
    var prepare = support.single(submission, "prepareDossier");
    assertThat(prepare.getName()).isEqualTo("Lập hồ sơ trình khen cấp tỉnh — Đợt bình xét đột xuất năm 2026 (đợt 1)");
    assertThat(taskService.getVariable(prepare.getId(), "itemsView").toString())
        .contains("Phòng Quản lý hoạt động xây dựng", "Bằng khen của Chủ tịch UBND tỉnh", "Bản tóm tắt thành tích đột xuất");
    assertThatThrownBy(() -> taskService.complete(prepare.getId()))
        .hasMessageStartingWith("Hãy kiểm tra và xác nhận hồ sơ có đủ các thành phần");
    taskService.complete(prepare.getId(), Variables.createVariables().putValue("dossierComplete", true));
    var sign = support.single(submission, "signSubmission");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM document WHERE business_key = 'TK-2026-1' AND kind = 'TO_TRINH' AND draft",
        Integer.class)).as("the draft letter, to read before signing").isOne();
    assertThatThrownBy(() -> taskService.complete(sign.getId(), Variables.createVariables().putValue("letterDate", "26-11-2026")))
        .hasMessageStartingWith("Ngày tờ trình phải có dạng dd/mm/yyyy");
    taskService.complete(sign.getId(), Variables.createVariables().putValue("letterDate", "26/11/2026"));
    String letter = jdbc.queryForObject("SELECT doc_number FROM document WHERE business_key = 'TK-2026-1' AND kind = 'TO_TRINH'"
        + " AND NOT draft", String.class);
    assertThat(letter).as("numbered from the register").matches("\\d{2,}/TTr-SXD");
    assertThat(jdbc.queryForObject("SELECT status || ':' || letter_number FROM provincial_submission", String.class))
        .isEqualTo("SUBMITTED:" + letter);

    Http http = new Http(port);
    String path = "/api/provincial-submissions/TK-2026-1/decisions";
    Http.Response unknown = http.post(path, "thuky", decision("[{\"subjectId\":\"QHKT\",\"awardCode\":\"BANG_KHEN_CT_TINH\",\"approved\":true}]"));
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.json().path("message").asText())
        .isEqualTo("'QHKT — BANG_KHEN_CT_TINH' không có trong tờ trình TK-2026-1 hoặc đã có quyết định.");
    Http.Response unclear = http.post(path, "thuky", decision("[{\"subjectId\":\"QLXD\",\"awardCode\":\"BANG_KHEN_CT_TINH\"}]"));
    assertThat(unclear.status()).isEqualTo(400);
    assertThat(unclear.json().path("message").asText()).endsWith("hãy ghi rõ được khen thưởng (true) hay không (false).");
    assertThat(http.post(path, "truongphong.qlxd", decision("[]")).status()).as("only the secretariat").isEqualTo(403);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM award_entry WHERE decision_number = ?", Integer.class, PROVINCE_DECISION))
        .as("a refused message records nothing").isZero();

    assertThat(http.post(path, "thuky", decision("[{\"subjectId\":\"QLXD\",\"awardCode\":\"BANG_KHEN_CT_TINH\",\"approved\":true}]")).status())
        .isEqualTo(202);
    assertThat(jdbc.queryForObject("SELECT decided_by || ':' || amount_vnd || ':' || recorded_by FROM award_entry WHERE decision_number = ?",
        String.class, PROVINCE_DECISION)).as("collective Bằng khen: 2 × 1.5 × 2,340,000").isEqualTo("CHU_TICH_UBND_TINH:7020000:thuky");
    assertThat(jdbc.queryForObject("SELECT status FROM nomination", String.class)).isEqualTo("AWARDED");
    BpmnAwareTests.assertThat(submission).isEnded();
    BpmnAwareTests.assertThat(round).hasPassed("provinceDecided");
    assertThat(http.post(path, "thuky", decision("[]")).status()).as("nothing waits any more").isEqualTo(400);
  }

  @Test
  void whileTheProvinceIsSilentTheSecretariatIsRemindedToFollowUp() {
    ProcessInstance submission = preparedAndSigned(support.submission(forwardedRound()));
    // Signed on Monday 23/11/2026 (test clock): ten working days later is Monday 07/12/2026.
    today(LocalDate.of(2026, 12, 4));
    support.runDueJobs();
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notice", Integer.class)).isZero();
    today(LocalDate.of(2026, 12, 8));
    support.runDueJobs();
    assertThat(jdbc.queryForObject("SELECT recipient_group || ': ' || subject FROM notice", String.class))
        .isEqualTo("secretariat: Chưa có quyết định của tỉnh — Đợt bình xét đột xuất năm 2026 (đợt 1)");
    assertThat(runtimeService.createExecutionQuery().processInstanceId(submission.getId())
        .messageEventSubscriptionName("ProvincialDecisionReceived").count()).as("still waiting for the province").isEqualTo(1);
  }

  @Test
  void theProvinceMayRefuseAnItem() {
    ProcessInstance submission = preparedAndSigned(support.submission(forwardedRound()));
    long lastMessage = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM mail_outbox", Long.class);
    runtimeService.createMessageCorrelation("ProvincialDecisionReceived").processInstanceBusinessKey(submission.getBusinessKey())
        .setVariable("provinceDecisionNumber", PROVINCE_DECISION).setVariable("provinceDecisionDate", "15/12/2026")
        .setVariable("provinceDecisions", "[{\"subjectId\":\"QLXD\",\"awardCode\":\"BANG_KHEN_CT_TINH\",\"approved\":false,"
            + "\"note\":\"Thành tích chưa đủ tầm ảnh hưởng cấp tỉnh\"}]")
        .correlate();
    assertThat(jdbc.queryForObject("SELECT status || ': ' || province_note FROM nomination", String.class))
        .isEqualTo("NOT_AWARDED: Thành tích chưa đủ tầm ảnh hưởng cấp tỉnh (" + PROVINCE_DECISION + ")");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM award_entry WHERE decision_number = ?", Integer.class, PROVINCE_DECISION)).isZero();
    BpmnAwareTests.assertThat(submission).isEnded();
    assertThat(jdbc.queryForList("SELECT text_body FROM mail_outbox WHERE kind = 'ALERT' AND recipient = 'thuky' AND id > ?",
        String.class, lastMessage)).as("the secretariat is told at once").singleElement().asString()
        .contains("0 nội dung được khen thưởng, 1 nội dung không được khen thưởng; tờ trình đã có quyết định cho mọi nội dung.");
  }

  @Test
  void nobodySendsTheMessageAroundTheSecretariatsEndpoint() {
    ProcessInstance submission = preparedAndSigned(support.submission(forwardedRound()));
    String body = "{\"messageName\":\"ProvincialDecisionReceived\",\"businessKey\":\"" + submission.getBusinessKey() + "\","
        + "\"processVariables\":{\"provinceDecisionNumber\":{\"value\":\"" + PROVINCE_DECISION + "\"},"
        + "\"provinceDecisionDate\":{\"value\":\"2026-13-01\"},\"provinceDecisions\":{\"value\":\"[]\"}}}";
    Http.Response response = new Http(port).post("/engine-rest/message", "admin", body);
    assertThat(response.status()).as("not even the administrator: only POST /api/provincial-submissions/{key}/decisions").isEqualTo(403);
    assertThat(response.json().path("message").asText())
        .isEqualTo("Thông điệp và tín hiệu cho quy trình chỉ được gửi qua các chức năng của hệ thống Thi đua.");
    BpmnAwareTests.assertThat(submission).isNotEnded();
  }

  @Test
  void theProvinceMayDecideTheItemsOfAnAnnualRoundInSeveralDecisions() {
    today(LocalDate.of(2026, 1, 5));
    ProcessInstance round = support.openRound();
    support.nominate(round, "QHKT", "[{\"subjectId\":\"truongphong.qhkt\",\"awardCodes\":[\"CSTD_TINH\"],\"achievementSummary\":\"Sáng kiến cấp tỉnh\"},"
        + "{\"subjectId\":\"bithudoan\",\"awardCodes\":[\"BANG_KHEN_CT_TINH\"],\"achievementSummary\":\"Phong trào thanh niên tình nguyện\"}]");
    support.nominateNothingElseAndAcceptAll(round);
    support.councilVotes(round, 9);
    today(LocalDate.of(2026, 1, 20));
    support.runDueJobs();
    support.decide(round, "20/01/2026");
    ProcessInstance submission = preparedAndSigned(support.submission(round));

    Http http = new Http(port);
    String path = "/api/provincial-submissions/" + submission.getBusinessKey() + "/decisions";
    assertThat(http.post(path, "thuky", decision("[{\"subjectId\":\"truongphong.qhkt\",\"awardCode\":\"CSTD_TINH\",\"approved\":true}]"))
        .status()).isEqualTo(202);
    BpmnAwareTests.assertThat(submission).as("one item still waits").isNotEnded();
    assertThat(jdbc.queryForObject("SELECT status FROM provincial_submission", String.class)).isEqualTo("PARTLY_DECIDED");
    assertThat(http.post(path, "thuky", decision("[{\"subjectId\":\"truongphong.qhkt\",\"awardCode\":\"CSTD_TINH\",\"approved\":true}]"))
        .status()).as("decided once").isEqualTo(400);
    assertThat(http.post(path, "thuky", decision("[{\"subjectId\":\"bithudoan\",\"awardCode\":\"BANG_KHEN_CT_TINH\",\"approved\":true}]"))
        .status()).isEqualTo(202);

    assertThat(jdbc.queryForList("SELECT subject_id || ':' || award_code || ':' || amount_vnd FROM award_entry WHERE decision_number = ?"
        + " ORDER BY subject_id", String.class, PROVINCE_DECISION))
        .containsExactly("bithudoan:BANG_KHEN_CT_TINH:3510000", "truongphong.qhkt:CSTD_TINH:7020000");
    BpmnAwareTests.assertThat(submission).isEnded();
    BpmnAwareTests.assertThat(round).isEnded();
    Http.Response api = http.get("/api/rounds/" + round.getBusinessKey(), "giamdoc");
    assertThat(api.json().path("items").toString()).contains("\"status\":\"AWARDED\"", PROVINCE_DECISION);
  }

  /**
   * The late path on its own (as Camunda's invoice example starts it): while the province has not
   * decided, the secretariat is reminded to follow up after the configured working days, and the
   * submission goes on waiting.
   */
  @Test
  void startedWhileWaitingForTheProvinceTheSecretariatIsRemindedToFollowUp() {
    ProcessInstance submission = runtimeService.createProcessInstanceByKey("provincial-submission").businessKey("TK-2026-9")
        .startBeforeActivity("awaitProvince")
        .setVariables(Map.of("submissionKey", "TK-2026-9", "roundKey", "KT-2025-CONG_TRANG-9", "roundName",
            "Đợt bình xét công trạng năm 2025 (đợt 9)", "pendingItems", 1, "followUpWorkingDays", 10))
        .execute();
    BpmnAwareTests.assertThat(submission).isWaitingAt("awaitProvince");

    today(LocalDate.of(2027, 1, 15));
    support.runDueJobs();

    BpmnAwareTests.assertThat(submission).hasPassed("followUpDue", "remindSecretariat").isWaitingAt("awaitProvince");
    assertThat(jdbc.queryForList("SELECT recipient_group FROM notice WHERE subject LIKE '%(đợt 9)%'", String.class))
        .containsExactly("secretariat");
  }

}
