package vn.laichau.sxd.thidua.nomination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.laichau.sxd.thidua.nomination.RoundTestSupport.today;

import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The simplified ad hoc path (DOT_XUAT): one unit, one nominee, a short dossier, the Director within 3 working days. */
@vn.laichau.sxd.thidua.ThiduaTest
class AdHocRoundProcessTest {

  @Autowired RoundTestSupport support;
  @Autowired TaskService taskService;
  @Autowired JdbcTemplate jdbc;

  @BeforeEach
  void setUp() {
    support.cleanUp();
    // Monday 23/11/2026: the year 2026 is not evaluated yet, as for most ad hoc feats.
    today(LocalDate.of(2026, 11, 23));
  }

  @AfterEach
  void cleanUp() {
    support.cleanUp();
  }

  @Test
  void aCertificateOfMeritGoesFromTheUnitToTheDirectorWithoutCouncilOrDisclosure() {
    ProcessInstance round = support.openAdHocRound("qhkt");
    assertThat(round.getBusinessKey()).isEqualTo("KT-2026-DOT_XUAT-1");
    assertThat(taskService.createTaskQuery().processInstanceId(round.getId()).taskDefinitionKey("nominate").count())
        .as("only the proposing unit").isEqualTo(1);
    Task nominate = support.task(round, "nominate", "QHKT");
    assertThat(taskService.getVariable(nominate.getId(), "nominations").toString())
        .as("the picker offers what an ad hoc round gives").contains("Giấy khen của Giám đốc Sở").doesNotContain("Lao động tiên tiến");

    assertThatThrownBy(() -> support.nominate(round, "QHKT", "[]"))
        .hasMessage("Khen thưởng đột xuất đề nghị đúng một cá nhân hoặc một tập thể.");
    assertThatThrownBy(() -> support.nominate(round, "QHKT", "[{\"subjectId\":\"bithudoan\",\"awardCodes\":[\"LDTT\"]}]"))
        .hasMessageStartingWith("«Lao động tiên tiến» cho Giàng A Chư: chưa đủ điều kiện. Danh hiệu thi đua được bình xét hằng năm");
    assertThatThrownBy(() -> support.nominate(round, "QHKT", "[{\"subjectId\":\"bithudoan\",\"awardCodes\":[\"GIAY_KHEN_GD_SO\"]}]"))
        .hasMessage("«Giấy khen của Giám đốc Sở» cho Giàng A Chư: cần tóm tắt thành tích.");
    support.nominate(round, "QHKT", "[{\"subjectId\":\"bithudoan\",\"awardCodes\":[\"GIAY_KHEN_GD_SO\"],"
        + "\"achievementSummary\":\"Cứu hộ người dân trong lũ quét tại Phong Thổ, tháng 11/2026\"}]");
    Task appraise = support.task(round, "appraise", "QHKT");
    assertThat(taskService.getVariable(appraise.getId(), "nominationsView").toString())
        .contains("Bản tóm tắt thành tích đột xuất").doesNotContain("Biên bản");
    support.accept(appraise);

    assertThat(support.session(round)).as("no council for an award of the Director's own").isNull();
    Task decide = support.single(round, "decide");
    // Three working days from Monday 23/11/2026.
    assertThat(decide.getDueDate()).isEqualTo(Date.from(LocalDate.of(2026, 11, 26).atTime(17, 0).atZone(RoundTestSupport.VIETNAM).toInstant()));
    assertThat(taskService.getVariable(decide.getId(), "resultsView").toString()).contains("Khen đột xuất, không cần bỏ phiếu");
    String decision = support.decide(round, "24/11/2026");

    assertThat(jdbc.queryForObject("SELECT award_code || ':' || commendation_type || ':' || amount_vnd FROM award_entry WHERE decision_number = ?",
        String.class, decision)).isEqualTo("GIAY_KHEN_GD_SO:DOT_XUAT:710000");
    BpmnAwareTests.assertThat(round).hasNotPassed("disclosure");
    BpmnAwareTests.assertThat(round).hasPassed("roundDecided");
  }

  @Test
  void aProvincialCommendationAdHocIsVotedByTheCouncilThenSubmittedToTheProvince() {
    ProcessInstance round = support.openAdHocRound("QLXD");
    support.nominate(round, "QLXD", "[{\"subjectId\":\"QLXD\",\"awardCodes\":[\"BANG_KHEN_CT_TINH\"],"
        + "\"achievementSummary\":\"Khắc phục sạt lở Quốc lộ 4D trong 72 giờ\"}]");
    support.accept(support.task(round, "appraise", "QLXD"));

    assertThat(support.session(round)).as("an award above the Director goes to the council first").isNotNull();
    support.councilVotes(round, 9);
    BpmnAwareTests.assertThat(round).hasNotPassed("disclosure");
    support.decide(round, "25/11/2026");

    assertThat(jdbc.queryForObject("SELECT status FROM nomination", String.class)).isEqualTo("FORWARDED");
    assertThat(support.submission(round)).isNotNull();
  }

  @Test
  void theCouncilCanRefuseAnAdHocProposal() {
    ProcessInstance round = support.openAdHocRound("QLXD");
    support.nominate(round, "QLXD", "[{\"subjectId\":\"QLXD\",\"awardCodes\":[\"BANG_KHEN_CT_TINH\"],\"achievementSummary\":\"Khắc phục sạt lở\"}]");
    support.accept(support.task(round, "appraise", "QLXD"));
    support.councilVotes(round, 9, "DISAGREE");

    BpmnAwareTests.assertThat(round).hasPassed("noAwardPassed");
    BpmnAwareTests.assertThat(round).isEnded();
  }

  @Test
  void theProposingUnitMayBeNamedByAPartOfItsName() {
    ProcessInstance round = support.openAdHocRound("quy hoạch - kiến trúc");
    assertThat(support.task(round, "nominate", "QHKT")).as("the unit whose name it is").isNotNull();
    assertThatThrownBy(() -> support.openAdHocRound("Trung tâm"))
        .hasMessageStartingWith("«Trung tâm» khớp với nhiều phòng, đơn vị (Trung tâm Giám định chất lượng xây dựng; ");
  }

  @Test
  void anAdHocRoundNeedsAKnownProposingUnit() {
    assertThatThrownBy(() -> support.openAdHocRound("XYZ"))
        .hasMessage("Khen thưởng đột xuất cần phòng, đơn vị đề nghị: ghi tên (ví dụ «Quy hoạch») hoặc mã của một phòng, đơn vị đang hoạt động.");
  }
}
