package vn.laichau.sxd.thidua.nomination;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.laichau.sxd.thidua.ThiduaTest;
import vn.laichau.sxd.thidua.decision.AwardCode;
import vn.laichau.sxd.thidua.decision.AwardsRegisterService;
import vn.laichau.sxd.thidua.decision.CommendationType;
import vn.laichau.sxd.thidua.decision.NewAward;
import vn.laichau.sxd.thidua.engine.DmnTables;
import vn.laichau.sxd.thidua.organisation.SubjectType;

/** A unit's list is computed once and read from the table until one of its inputs changes. */
@ThiduaTest
class EligibilityListsTest {

  @Autowired EligibilityLists lists;
  @Autowired EligibilityService eligibility;
  @Autowired AwardsRegisterService register;
  @Autowired DmnTables dmn;
  @Autowired JdbcTemplate jdbc;

  @BeforeEach
  @AfterEach
  void cleanUp() {
    jdbc.update("DELETE FROM eligibility_list");
    // Test clean-up only: the application itself never deletes from the register.
    jdbc.update("DELETE FROM award_entry WHERE decision_number = 'TEST-ELIGIBILITY'");
  }

  @Test
  void aSecondReadEvaluatesNothingAndAnswersTheSame() {
    List<NomineeEligibility> first = lists.forRound(2025, "QHKT", CommendationType.CONG_TRANG);
    assertThat(first).isEqualTo(eligibility.forUnit(2025, "QHKT"));
    long evaluations = dmn.evaluations();
    List<NomineeEligibility> again = lists.forRound(2025, "QHKT", CommendationType.CONG_TRANG);
    assertThat(dmn.evaluations()).as("read from the table").isEqualTo(evaluations);
    assertThat(again).isEqualTo(first);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM eligibility_list", Integer.class)).isEqualTo(1);
    lists.forRound(2025, "QHKT", CommendationType.DOT_XUAT);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM eligibility_list", Integer.class)).as("one list per round type").isEqualTo(2);
  }

  @Test
  void anEntryInTheRegisterComputesTheListAgain() {
    Eligibility before = award(lists.forRound(2025, "QHKT", CommendationType.CONG_TRANG), "bithudoan", AwardCode.CSTD_TINH);
    assertThat(before.reasons()).extracting(Eligibility.Reason::code).contains("CSTDCS_YEARS");
    for (int year : new int[] {2023, 2024}) {
      register.record(new NewAward(SubjectType.INDIVIDUAL, "bithudoan", year, AwardCode.CSTDCS, CommendationType.CONG_TRANG,
          "TEST-ELIGIBILITY", LocalDate.of(year + 1, 1, 20), "GIAM_DOC_SO", null, null), "thuky");
    }
    long evaluations = dmn.evaluations();
    Eligibility after = award(lists.forRound(2025, "QHKT", CommendationType.CONG_TRANG), "bithudoan", AwardCode.CSTD_TINH);
    assertThat(dmn.evaluations()).as("computed again").isGreaterThan(evaluations);
    assertThat(after.reasons()).extracting(Eligibility.Reason::code).doesNotContain("CSTDCS_YEARS");
  }

  private static Eligibility award(List<NomineeEligibility> nominees, String subject, AwardCode award) {
    return nominees.stream().filter(n -> n.subjectId().equals(subject)).findFirst().orElseThrow()
        .awards().stream().filter(a -> a.awardCode() == award).findFirst().orElseThrow();
  }
}
