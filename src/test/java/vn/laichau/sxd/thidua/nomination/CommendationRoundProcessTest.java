package vn.laichau.sxd.thidua.nomination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.laichau.sxd.thidua.nomination.RoundTestSupport.today;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
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

/** commendation-round on the demo's 2025 data: every path of the annual round (the ad hoc one: {@link AdHocRoundProcessTest}). */
@ThiduaTest
class CommendationRoundProcessTest {

  @Autowired RoundTestSupport support;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired JdbcTemplate jdbc;
  @org.springframework.boot.test.web.server.LocalServerPort int port;

  @BeforeEach
  void setUp() {
    support.cleanUp();
    today(LocalDate.of(2026, 1, 5));
  }

  @AfterEach
  void cleanUp() {
    support.cleanUp();
  }

  private ProcessInstance openRound() {
    return support.openRound();
  }

  private Task task(ProcessInstance round, String activity, String unitCode) {
    return support.task(round, activity, unitCode);
  }

  private void nominate(ProcessInstance round, String unitCode, String nominations) {
    support.nominate(round, unitCode, nominations);
  }

  private void nominateNothingElseAndAcceptAll(ProcessInstance round) {
    support.nominateNothingElseAndAcceptAll(round);
  }

  private ProcessInstance session(ProcessInstance round) {
    return support.session(round);
  }

  private void councilVotes(ProcessInstance round, int voters) {
    support.councilVotes(round, voters);
  }

  private void runDueJobs() {
    support.runDueJobs();
  }

  @Test
  void fromNominationsToTheDirectorsDecisionAndTheRegister() {
    ProcessInstance round = openRound();
    assertThat(round.getBusinessKey()).isEqualTo("KT-2025-CONG_TRANG-1");
    Task qhkt = task(round, "nominate", "QHKT");
    assertThat(qhkt.getName()).isEqualTo("Bình xét khen thưởng 2025 — Phòng Quy hoạch – Kiến trúc");
    assertThat(taskService.getVariable(qhkt.getId(), "eligibilityView").toString()).contains("Chiến sĩ thi đua tỉnh");

    nominate(round, "QHKT", "[{\"subjectId\":\"truongphong.qhkt\",\"awardCodes\":[\"CSTDCS\"],\"achievementSummary\":\"Số hóa hồ sơ quy hoạch\"},"
        + "{\"subjectId\":\"truongphong.qhkt\",\"awardCodes\":[\"CSTD_TINH\"],\"achievementSummary\":\"Sáng kiến cấp tỉnh\"},"
        + "{\"subjectId\":\"bithudoan\",\"awardCodes\":[\"LDTT\"]}]");
    nominateNothingElseAndAcceptAll(round);
    ProcessInstance session = session(round);
    assertThat(session).as("the council session is called").isNotNull();
    Task ballot = taskService.createTaskQuery().processInstanceId(session.getId()).taskDefinitionKey("castBallot").listPage(0, 1).get(0);
    assertThat(taskService.getVariable(ballot.getId(), "ballot").toString()).as("grouped by award, who each item is")
        .contains("\"heading\":\"Lao động tiên tiến — biểu quyết công khai (1 nội dung)\"",
            "\"details\":\"Chuyên viên, Bí thư Đoàn cơ sở, Phòng Quy hoạch – Kiến trúc\"",
            "\"details\":\"Trưởng phòng, Phòng Quy hoạch – Kiến trúc. Thành tích: Số hóa hồ sơ quy hoạch\"");

    councilVotes(round, 9);
    BpmnAwareTests.assertThat(round).isWaitingAt("disclosureTimeOver");
    assertThat(taskService.createTaskQuery().processInstanceId(round.getId()).taskDefinitionKey("decide").count())
        .as("nothing is decided during the disclosure").isZero();

    today(LocalDate.of(2026, 1, 20));
    runDueJobs();
    Task decide = taskService.createTaskQuery().processInstanceId(round.getId()).taskDefinitionKey("decide").singleResult();
    assertThat(taskService.getVariable(decide.getId(), "resultsView").toString()).contains("Thông qua");
    assertThatThrownBy(() -> taskService.complete(decide.getId(), Variables.createVariables()
        .putValue("decisionDate", "2026/01/20"))).hasMessageStartingWith("Ngày quyết định phải có dạng dd/mm/yyyy");
    taskService.complete(decide.getId(), Variables.createVariables().putValue("decisionDate", "20/01/2026"));
    String decision = support.decisionNumber(round);
    assertThat(decision).as("numbered from the register").matches("\\d{2,}/QĐ-SXD");

    assertThat(support.submission(round)).as("the items above the Director's authority go to the province").isNotNull();
    assertThat(jdbc.queryForList("SELECT subject_id || ':' || award_code || ':' || amount_vnd FROM award_entry WHERE decision_number = ?"
        + " ORDER BY subject_id, award_code", String.class, decision))
        .containsExactly("bithudoan:LDTT:710000", "truongphong.qhkt:CSTDCS:2340000");
    assertThat(jdbc.queryForObject("SELECT status FROM nomination WHERE award_code = 'CSTD_TINH'", String.class))
        .as("above the Director's authority").isEqualTo("FORWARDED");

    Http.Response api = new Http(port).get("/api/rounds/" + round.getBusinessKey(), "giamdoc");
    assertThat(api.status()).isEqualTo(200);
    var qhktCstdcs = api.json().path("items").get(0);
    assertThat(qhktCstdcs.path("item").path("awardCode").asText()).isEqualTo("CSTDCS");
    assertThat(qhktCstdcs.path("item").path("agree").asInt()).isEqualTo(9);
    assertThat(qhktCstdcs.path("item").path("outcome").asText()).isEqualTo("PASSED");
    assertThat(qhktCstdcs.path("item").path("decisionNumber").asText()).isEqualTo(decision);
    assertThat(qhktCstdcs.path("item").path("amountVnd").asLong()).isEqualTo(2_340_000);
    assertThat(qhktCstdcs.path("eligibility").path("status").asText()).isEqualTo("ELIGIBLE");
    assertThat(qhktCstdcs.path("awardName").asText()).isEqualTo("Chiến sĩ thi đua cơ sở");
    assertThat(new Http(port).get("/api/rounds/" + round.getBusinessKey(), "an.nv.vp").status()).isEqualTo(403);
  }

  @Test
  void anObjectionDuringDisclosureHoldsTheItemUntilTheSecretariatResolvesIt() {
    long diaryBefore = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM audit_entry", Long.class);
    ProcessInstance round = openRound();
    nominate(round, "QHKT", "[{\"subjectId\":\"bithudoan\",\"awardCodes\":[\"LDTT\"]},"
        + "{\"subjectId\":\"truongphong.qhkt\",\"awardCodes\":[\"CSTDCS\"],\"achievementSummary\":\"Số hóa hồ sơ\"}]");
    nominateNothingElseAndAcceptAll(round);
    councilVotes(round, 9);

    assertThatThrownBy(() -> runtimeService.createMessageCorrelation("ObjectionRaised").processInstanceBusinessKey(round.getBusinessKey())
        .setVariableLocal("subjectId", "an.nv.vp").setVariableLocal("awardCode", "LDTT").setVariableLocal("objectionText", "Sai").correlate())
        .hasMessageStartingWith("Không có nội dung 'an.nv.vp — LDTT'");
    Http http = new Http(port);
    String objections = "/api/rounds/" + round.getBusinessKey() + "/objections";
    String objection = "{\"subjectId\":\"bithudoan\",\"awardCode\":\"LDTT\",\"text\":\"Nghỉ việc riêng quá số ngày quy định\"}";
    assertThat(http.post(objections, "truongphong.qhkt", objection).status()).as("the secretariat raises objections").isEqualTo(403);
    assertThat(http.post(objections, "thuky", objection).status()).isEqualTo(202);
    assertThat(jdbc.queryForList("SELECT subject FROM mail_outbox WHERE kind = 'ALERT' AND recipient = 'chanhvanphong'"
        + " AND text_body LIKE '%Nghỉ việc riêng quá số ngày quy định%'", String.class)).as("the secretariat is told at once")
        .containsExactly("[Thi đua] Có ý kiến phản ánh về danh sách đề nghị khen thưởng");
    assertThat(jdbc.queryForObject("SELECT status FROM nomination WHERE subject_id = 'bithudoan'", String.class)).isEqualTo("ON_HOLD");

    today(LocalDate.of(2026, 1, 20));
    runDueJobs();
    assertThat(taskService.createTaskQuery().processInstanceId(round.getId()).taskDefinitionKey("decide").count())
        .as("the Director decides once every objection is resolved").isZero();
    Task resolve = taskService.createTaskQuery().processInstanceId(round.getId()).taskDefinitionKey("resolveObjection").singleResult();
    assertThat(resolve.getName()).isEqualTo("Giải quyết ý kiến phản ánh — Giàng A Chư — Lao động tiên tiến");
    taskService.complete(resolve.getId(), Variables.createVariables().putValue("objectionDecision", "UPHELD")
        .putValue("objectionNote", "Xác minh đúng: nghỉ 45 ngày"));

    Task decide = taskService.createTaskQuery().processInstanceId(round.getId()).taskDefinitionKey("decide").singleResult();
    taskService.complete(decide.getId(), Variables.createVariables().putValue("decisionDate", "20/01/2026"));
    assertThat(jdbc.queryForList("SELECT subject_id FROM award_entry WHERE decision_number = ?", String.class,
        support.decisionNumber(round)))
        .containsExactly("truongphong.qhkt");
    Http.Response late = http.post(objections, "thuky", objection);
    assertThat(late.status()).as("after the disclosure").isEqualTo(400);
    assertThat(late.json().path("message").asText()).isEqualTo("Đợt " + round.getBusinessKey() + " không trong thời gian công khai danh sách.");
    assertThat(jdbc.queryForObject("SELECT status FROM nomination WHERE subject_id = 'bithudoan'", String.class)).isEqualTo("WITHDRAWN");
    // The diary: the objection, about the person, who reads it; its resolution; the decision issued.
    // (the round's key is reused by every test of this class: its diary keeps their entries, so only this test's are read)
    JsonNode aboutMe = http.get("/api/audit?businessKey=" + round.getBusinessKey(), "bithudoan").json();
    List<String> mine = new java.util.ArrayList<>();
    aboutMe.forEach(entry -> mine.add(entry.path("actorName").asText() + ": " + entry.path("text").asText()));
    assertThat(mine.subList(mine.size() - 2, mine.size())).containsExactly(
        "Hệ thống: Đơn vị đề nghị Giàng A Chư — Lao động tiên tiến.",
        "Hà Thị Thanh Tâm: Có ý kiến phản ánh về Giàng A Chư — Lao động tiên tiến: Nghỉ việc riêng quá số ngày quy định");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE id > ? AND subject = 'bithudoan'", Integer.class, diaryBefore))
        .as("judged eligible, nominated, objected to, and not decided: the objection was upheld").isEqualTo(3);
    List<String> diary = jdbc.queryForList("SELECT text FROM audit_entry WHERE business_key = ? AND id > ? ORDER BY id", String.class,
        round.getBusinessKey(), diaryBefore);
    assertThat(diary).contains("Hoàn thành «Giải quyết ý kiến phản ánh — Giàng A Chư — Lao động tiên tiến». Chấp nhận ý kiến phản ánh.");
    assertThat(diary).anyMatch(text -> text.startsWith("Ban hành Quyết định") && text.contains(support.decisionNumber(round)));
    assertThat(diary).contains("Giám đốc Sở khen thưởng Nguyễn Thị Thu Hà — Chiến sĩ thi đua cơ sở (quyết định số "
        + support.decisionNumber(round) + ").");
  }

  @Test
  void aUnitHeadNominatesThroughTheRestApiWithTheSameRules() {
    ProcessInstance round = openRound();
    Http http = new Http(port);
    String vp = task(round, "nominate", "VP").getId();
    String refused = "{\"variables\":{\"nominations\":{\"type\":\"Json\",\"value\":\"[{\\\"subjectId\\\":\\\"chutichcongdoan\\\",\\\"awardCodes\\\":[\\\"LDTT\\\"]}]\"}}}";
    Http.Response response = http.post("/engine-rest/task/" + vp + "/complete", "chanhvanphong", refused);
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().path("message").asText())
        .isEqualTo("«Lao động tiên tiến» cho Phan Văn Lợi: chưa đủ điều kiện. Thời gian công tác trong năm dưới 10 tháng.");

    String accepted = refused.replace("chutichcongdoan", "thuky");
    assertThat(http.post("/engine-rest/task/" + vp + "/complete", "chanhvanphong", accepted).status()).isEqualTo(204);
    assertThat(jdbc.queryForObject("SELECT subject_id FROM nomination", String.class)).isEqualTo("thuky");
  }

  @Test
  void anExcellentShareAboveTwentyPercentMustBeAcknowledgedWithAReason() {
    ProcessInstance round = openRound();
    // The demo's 2025 data: 13 of the 53 people rated HTTNV or better are HTXSNV.
    assertThat((String) runtimeService.getVariable(round.getId(), "quotaWarning"))
        .isEqualTo("Năm 2025 có 13/53 người (24,5%) được xếp loại Hoàn thành xuất sắc nhiệm vụ, vượt mức 20% số người từ Hoàn thành tốt nhiệm vụ trở lên.");
    nominate(round, "QHKT", "[{\"subjectId\":\"bithudoan\",\"awardCodes\":[\"LDTT\"]}]");
    Task appraise = task(round, "appraise", "QHKT");

    assertThatThrownBy(() -> taskService.complete(appraise.getId(), Variables.createVariables().putValue("appraisalDecision", "ACCEPT")
        .putValue("dossierComplete", true))).hasMessageStartingWith("Tỷ lệ Hoàn thành xuất sắc nhiệm vụ vượt mức");
    assertThatThrownBy(() -> taskService.complete(appraise.getId(), Variables.createVariables().putValue("appraisalDecision", "ACCEPT")
        .putValue("dossierComplete", true).putValue("quotaAcknowledged", true).putValue("quotaReason", " ")))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> taskService.complete(appraise.getId(), Variables.createVariables().putValue("appraisalDecision", "ACCEPT")
        .putValue("quotaAcknowledged", true).putValue("quotaReason", "Thành tích vượt trội")))
        .hasMessageStartingWith("Chỉ chấp nhận khi hồ sơ có đủ các thành phần theo danh mục");
    assertThat(taskService.getVariable(appraise.getId(), "nominationsView").toString())
        .as("the secretariat sees what the dossier needs").contains("Biên bản họp bình xét của đơn vị");
    taskService.complete(appraise.getId(), Variables.createVariables().putValue("appraisalDecision", "ACCEPT").putValue("dossierComplete", true)
        .putValue("quotaAcknowledged", true).putValue("quotaReason", "Thành tích vượt trội, đã báo cáo Giám đốc"));
    assertThat(jdbc.queryForObject("SELECT status FROM nomination WHERE subject_id = 'bithudoan'", String.class)).isEqualTo("ACCEPTED");
  }

  /** A line of the unit head's picker as the form reads it: who, the awards to tick, what is ticked. */
  record PickerLine(String name, List<String> choices, List<String> ticked) {
  }

  private List<PickerLine> picker(Task nominate) throws JsonProcessingException {
    List<PickerLine> lines = new ArrayList<>();
    for (JsonNode row : new ObjectMapper().readTree(taskService.getVariable(nominate.getId(), "nominations").toString())) {
      List<String> choices = new ArrayList<>();
      row.path("choices").forEach(choice -> choices.add(choice.path("value").asText()));
      List<String> ticked = new ArrayList<>();
      row.path("awardCodes").forEach(award -> ticked.add(award.asText()));
      lines.add(new PickerLine(row.path("name").asText(), choices, ticked));
    }
    return lines;
  }

  @Test
  void theUnitHeadPicksFromTheEligibleOnlyWithTheirAwardsAndNamesNotLogins() throws JsonProcessingException {
    long diaryBefore = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM audit_entry", Long.class);
    ProcessInstance round = openRound();
    Task qhkt = task(round, "nominate", "QHKT");
    List<PickerLine> picker = picker(qhkt);
    assertThat(picker).contains(
        new PickerLine("Phan Quang Nam — Chuyên viên", List.of("LDTT", "GIAY_KHEN_GD_SO", "BANG_KHEN_CT_TINH"), List.of()),
        new PickerLine("Phòng Quy hoạch – Kiến trúc (tập thể)", List.of("TTLDTT", "TTLDXS", "GIAY_KHEN_GD_SO"), List.of()));
    assertThat(picker).extracting(PickerLine::name).as("on hold: shown in the table with the reason, not offered")
        .noneMatch(name -> name.startsWith("Lò Thu Thủy"));
    assertThat(taskService.getVariable(qhkt.getId(), "eligibilityView").toString()).contains("Lò Thu Thủy — Phó Trưởng phòng")
        .doesNotContain("thuy.lt.qhkt");
    // The diary: the list as the rules judged it, for the unit and about each person, with the reasons.
    String judged = "SELECT text FROM audit_entry WHERE id > ? AND action = 'ELIGIBILITY_COMPUTED' AND unit_code = 'QHKT' AND ";
    assertThat(jdbc.queryForList(judged + "subject IS NULL ORDER BY id", String.class, diaryBefore)).containsExactly(
        "Lập danh sách đủ điều kiện của Phòng Quy hoạch – Kiến trúc theo tiêu chí khen thưởng: 6 trong 7 cá nhân, tập thể"
            + " đủ điều kiện ít nhất một hình thức.",
        "Xét điều kiện Phòng Quy hoạch – Kiến trúc (tập thể): đủ điều kiện Tập thể lao động tiên tiến, Tập thể lao động xuất sắc,"
            + " Giấy khen của Giám đốc Sở.");
    assertThat(jdbc.queryForList(judged + "subject = 'thuy.lt.qhkt'", String.class, diaryBefore)).containsExactly(
        "Xét điều kiện Lò Thu Thủy — Phó Trưởng phòng: chưa đề nghị được hình thức nào. Chưa đủ điều kiện hoặc tạm hoãn xét —"
            + " Lao động tiên tiến, Chiến sĩ thi đua cơ sở, Chiến sĩ thi đua tỉnh, Giấy khen của Giám đốc Sở, Bằng khen của Chủ tịch"
            + " UBND tỉnh: Đang bị xem xét kỷ luật, điều tra, thanh tra hoặc có đơn thư đang được xác minh: tạm hoãn xét, chưa phải là"
            + " không đủ tiêu chuẩn. · Chiến sĩ thi đua tỉnh: Chưa đủ 3 năm liên tục đạt Chiến sĩ thi đua cơ sở (khen thưởng thường"
            + " xuyên, tính đến năm xét). Chưa có sáng kiến được công nhận có phạm vi ảnh hưởng trong tỉnh.");
    assertThat(jdbc.queryForList(judged + "subject = 'nam.pq.qhkt'", String.class, diaryBefore)).singleElement().asString()
        .startsWith("Xét điều kiện Phan Quang Nam — Chuyên viên: đủ điều kiện Lao động tiên tiến, Giấy khen của Giám đốc Sở, Bằng khen"
            + " của Chủ tịch UBND tỉnh. Chưa đủ điều kiện hoặc tạm hoãn xét — Chiến sĩ thi đua cơ sở: Chưa hoàn thành xuất sắc nhiệm vụ");
  }

  @Test
  void anIneligibleNomineeIsRefusedAndTheTaskStays() {
    ProcessInstance round = openRound();
    Task vp = task(round, "nominate", "VP");
    assertThatThrownBy(() -> nominate(round, "VP", "[{\"subjectId\":\"chutichcongdoan\",\"awardCodes\":[\"LDTT\"]}]"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("«Lao động tiên tiến» cho Phan Văn Lợi: chưa đủ điều kiện. Thời gian công tác trong năm dưới 10 tháng.");
    assertThat(taskService.createTaskQuery().taskId(vp.getId()).count()).isEqualTo(1);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM nomination", Integer.class)).isZero();
  }

  @Test
  void aReturnedProposalGoesBackToTheUnitWithTheReason() throws JsonProcessingException {
    ProcessInstance round = openRound();
    nominate(round, "QHKT", "[{\"subjectId\":\"bithudoan\",\"awardCodes\":[\"LDTT\"]}]");
    Task appraise = task(round, "appraise", "QHKT");
    assertThatThrownBy(() -> taskService.complete(appraise.getId(), Variables.createVariables().putValue("appraisalDecision", "RETURN")))
        .hasMessage("Trả lại đề nghị thì phải ghi rõ lý do để đơn vị bổ sung.");
    taskService.complete(appraise.getId(), Variables.createVariables().putValue("appraisalDecision", "RETURN")
        .putValue("appraisalNote", "Bổ sung biên bản họp bình xét"));

    Task again = task(round, "nominate", "QHKT");
    assertThat(taskService.getVariable(again.getId(), "appraisalNote")).isEqualTo("Bổ sung biên bản họp bình xét");
    assertThat(picker(again)).as("what the unit sent is ticked again")
        .contains(new PickerLine("Giàng A Chư — Chuyên viên, Bí thư Đoàn cơ sở", List.of("LDTT", "CSTDCS", "GIAY_KHEN_GD_SO",
            "BANG_KHEN_CT_TINH"), List.of("LDTT")));
    assertThat(jdbc.queryForObject("SELECT status FROM nomination WHERE subject_id = 'bithudoan'", String.class)).isEqualTo("RETURNED");
  }

  @Test
  void withoutQuorumTheSecretariatCallsTheCouncilAgain() {
    ProcessInstance round = openRound();
    nominate(round, "QHKT", "[{\"subjectId\":\"bithudoan\",\"awardCodes\":[\"LDTT\"]}]");
    nominateNothingElseAndAcceptAll(round);
    councilVotes(round, 5);
    today(LocalDate.of(2026, 1, 13));
    runDueJobs();

    Task reschedule = taskService.createTaskQuery().processInstanceId(round.getId()).taskDefinitionKey("reschedule").singleResult();
    assertThat(reschedule).isNotNull();
    taskService.complete(reschedule.getId());

    councilVotes(round, 9);
    BpmnAwareTests.assertThat(round).isWaitingAt("disclosureTimeOver");
    assertThat(jdbc.queryForObject("SELECT outcome FROM nomination WHERE subject_id = 'bithudoan'", String.class)).isEqualTo("PASSED");
  }

  @Test
  void aRoundWithoutNominationsEndsWithoutACouncil() {
    ProcessInstance round = openRound();
    nominateNothingElseAndAcceptAll(round);
    BpmnAwareTests.assertThat(round).hasPassed("unitNominatedNobody", "nothingNominated").hasNotPassed("appraise");
    assertThat(session(round)).isNull();
  }

  @Test
  void aStartWithoutDataOrWithAnUnsupportedTypeIsRefused() {
    assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey("commendation-round", Map.of("year", 2029, "commendationType", "CONG_TRANG")))
        .hasMessage("Chưa có kết quả đánh giá, xếp loại năm 2029: Văn phòng Sở nhập ở trang «Nhập dữ liệu» (/imports/) trước khi bình xét.");
    assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey("commendation-round", Map.of("year", 2025, "commendationType", "KHAC")))
        .hasMessage("Loại khen thưởng phải là CONG_TRANG, CHUYEN_DE hoặc DOT_XUAT.");
    assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey("commendation-round", Map.of("year", 2026, "commendationType", "DOT_XUAT")))
        .hasMessage("Khen thưởng đột xuất cần phòng, đơn vị đề nghị: ghi tên (ví dụ «Quy hoạch») hoặc mã của một phòng, đơn vị đang hoạt động.");
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("commendation-round").count()).isZero();
  }

  @Test
  void aFailedVoteEndsTheRoundWithoutDisclosureOrDecision() {
    ProcessInstance round = openRound();
    nominate(round, "QHKT", "[{\"subjectId\":\"bithudoan\",\"awardCodes\":[\"LDTT\"]}]");
    nominateNothingElseAndAcceptAll(round);
    support.councilVotes(round, 9, "DISAGREE");

    assertThat(jdbc.queryForObject("SELECT outcome FROM nomination WHERE subject_id = 'bithudoan'", String.class)).isEqualTo("FAILED");
    BpmnAwareTests.assertThat(round).hasPassed("noAwardPassed");
    BpmnAwareTests.assertThat(round).hasNotPassed("disclosure");
    BpmnAwareTests.assertThat(round).isEnded();
  }

  @Test
  void aCaseOnHoldIsShownAsSuchAndCannotBeNominated() {
    ProcessInstance round = openRound();
    Task qhkt = task(round, "nominate", "QHKT");
    String view = taskService.getVariable(qhkt.getId(), "eligibilityView").toString();
    assertThat(view).contains("Lao động tiên tiến, Chiến sĩ thi đua cơ sở, Chiến sĩ thi đua tỉnh, Giấy khen của Giám đốc Sở, "
        + "Bằng khen của Chủ tịch UBND tỉnh: Đang bị xem xét kỷ luật");
    assertThat(view.split("Đang bị xem xét kỷ luật", -1)).as("each reason once").hasSize(2);
    assertThatThrownBy(() -> nominate(round, "QHKT", "[{\"subjectId\":\"thuy.lt.qhkt\",\"awardCodes\":[\"LDTT\"]}]"))
        .hasMessageStartingWith("«Lao động tiên tiến» cho Lò Thu Thủy: đang tạm hoãn xét, chưa đề nghị được.");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM nomination", Integer.class)).isZero();
  }

  @Test
  void aUnitThatHasNotNominatedIsRemindedOneWorkingDayBeforeTheDeadline() {
    ProcessInstance round = openRound();
    Task qhkt = task(round, "nominate", "QHKT");
    // Opened Monday 05/01/2026: ten working days later is Monday 19/01/2026.
    assertThat(qhkt.getDueDate()).isEqualTo(Date.from(LocalDate.of(2026, 1, 19).atTime(17, 0).atZone(RoundTestSupport.VIETNAM).toInstant()));
    nominate(round, "VP", "[]");

    today(LocalDate.of(2026, 1, 15));
    runDueJobs();
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notice", Integer.class)).as("not yet").isZero();
    today(LocalDate.of(2026, 1, 16));
    runDueJobs();
    runDueJobs();
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notice", Integer.class)).as("every unit but VP, once").isEqualTo(9);

    Http.Response mine = new Http(port).get("/api/notices", "truongphong.qhkt");
    assertThat(mine.status()).isEqualTo(200);
    assertThat(mine.json()).hasSize(1);
    assertThat(mine.json().get(0).path("subject").asText()).isEqualTo("Sắp đến hạn bình xét khen thưởng 2025 — Phòng Quy hoạch – Kiến trúc");
    assertThat(mine.json().get(0).path("body").asText()).contains("19/01/2026");
    assertThat(mine.json().toString()).as("only the unit's own notices").doesNotContain("Phòng Kế hoạch – Tài chính");
    assertThat(taskService.createTaskQuery().taskId(qhkt.getId()).count()).as("the task stays with the unit").isEqualTo(1);
  }

  @Test
  void anExemplarTheCouncilProposedIsShownToItsUnitInTheRoundOfThatType() {
    jdbc.update("INSERT INTO exemplar (business_key, reg_year, unit_code, candidate_index, name, kind, owner, stage, status, started_at,"
        + " proposed_award, proposed_type) VALUES ('DH-2025-9', 2025, 'QHKT', 0, 'Số hóa hồ sơ quy hoạch', 'MO_HINH', 'Tổ số hóa',"
        + " 'NHAN_RONG', 'DONE', CURRENT_TIMESTAMP, 'GIAY_KHEN_GD_SO', 'CONG_TRANG')");
    try {
      ProcessInstance round = openRound();
      assertThat(taskService.getVariable(task(round, "nominate", "QHKT").getId(), "exemplarProposals").toString())
          .contains("Số hóa hồ sơ quy hoạch", "Tổ số hóa", "Giấy khen của Giám đốc Sở");
      assertThat(taskService.getVariable(task(round, "nominate", "VP").getId(), "exemplarProposals").toString()).isEqualTo("[]");
    } finally {
      jdbc.update("DELETE FROM exemplar WHERE business_key = 'DH-2025-9'");
    }
  }

  /**
   * The late path on its own, started where it begins (as Camunda's invoice example does): an item
   * the council passed that is above the Director's authority is forwarded, and the submission to
   * the province starts.
   */
  @Test
  void startedAtTheDirectorsDecisionAnItemAboveTheDepartmentGoesToTheProvince() {
    String key = "KT-2025-CONG_TRANG-9";
    jdbc.update("INSERT INTO commendation_round (business_key, round_year, commendation_type, process_instance_id, opened_at)"
        + " VALUES (?, 2025, 'CONG_TRANG', 'mid-process', CURRENT_TIMESTAMP)", key);
    jdbc.update("INSERT INTO nomination (round_key, unit_code, subject_type, subject_id, subject_name, award_code, achievement_summary,"
        + " status, outcome) VALUES (?, 'QLXD', 'COLLECTIVE', 'QLXD', 'Phòng Quản lý xây dựng', 'BANG_KHEN_CT_TINH', 'Vượt kế hoạch',"
        + " 'ACCEPTED', 'PASSED')", key);
    ProcessInstance round = runtimeService.createProcessInstanceByKey("commendation-round").businessKey(key)
        .startBeforeActivity("decide")
        .setVariables(Map.of("roundKey", key, "roundName", "Đợt bình xét công trạng năm 2025 (đợt 9)", "year", 2025,
            "commendationType", "CONG_TRANG", "decisionWorkingDays", 10))
        .execute();
    BpmnAwareTests.assertThat(round).isWaitingAt("decide").task().hasCandidateGroup("director");

    assertThat(support.decide(round, "20/01/2026")).as("nothing was the Director's to decide: no decision").isNull();

    BpmnAwareTests.assertThat(round).hasPassed("decide").isWaitingAt("submitToProvince");
    assertThat(jdbc.queryForObject("SELECT status FROM nomination WHERE round_key = ?", String.class, key)).isEqualTo("FORWARDED");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM document WHERE business_key = ? AND kind = 'QUYET_DINH_KHEN_THUONG'",
        Integer.class, key)).isZero();
  }

}
