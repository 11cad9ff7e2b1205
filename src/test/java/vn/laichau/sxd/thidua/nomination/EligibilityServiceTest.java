package vn.laichau.sxd.thidua.nomination;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.laichau.sxd.thidua.ThiduaTest;
import vn.laichau.sxd.thidua.nomination.Eligibility.Status;
import vn.laichau.sxd.thidua.organisation.SubjectType;

/** Eligibility computed from the demo's 2025 evaluations and its awards register. */
@ThiduaTest
class EligibilityServiceTest {

  @Autowired EligibilityService eligibility;

  private static Eligibility award(List<NomineeEligibility> nominees, String subject, String award) {
    return nominees.stream().filter(n -> n.subjectId().equals(subject)).findFirst().orElseThrow()
        .awards().stream().filter(a -> a.awardCode().name().equals(award)).findFirst().orElseThrow();
  }

  private static List<String> reasons(Eligibility eligibility) {
    return eligibility.reasons().stream().map(Eligibility.Reason::code).toList();
  }

  @Test
  void listsEveryMemberThenTheUnitWithNames() {
    List<NomineeEligibility> qhkt = eligibility.forUnit(2025, "QHKT");
    assertThat(qhkt).hasSize(7);
    assertThat(qhkt.get(6)).satisfies(unit -> {
      assertThat(unit.subjectType()).isEqualTo(SubjectType.COLLECTIVE);
      assertThat(unit.name()).isEqualTo("Phòng Quy hoạch – Kiến trúc");
    });
    assertThat(qhkt).filteredOn(n -> n.subjectId().equals("truongphong.qhkt")).singleElement()
        .satisfies(n -> assertThat(n.name()).isEqualTo("Nguyễn Thị Thu Hà"));
  }

  @Test
  void threeYearsInARowIncludingThisOneMakeAProvincialEmulationFighter() {
    List<NomineeEligibility> qhkt = eligibility.forUnit(2025, "QHKT");
    // CSTĐCS in the register for 2023 and 2024, qualifies for 2025 now, initiative of provincial scope.
    assertThat(award(qhkt, "truongphong.qhkt", "CSTD_TINH").status()).isEqualTo(Status.ELIGIBLE);
    assertThat(award(qhkt, "truongphong.qhkt", "CSTDCS").status()).isEqualTo(Status.ELIGIBLE);
    Eligibility newcomer = award(qhkt, "bithudoan", "CSTD_TINH");
    assertThat(newcomer.status()).isEqualTo(Status.INELIGIBLE);
    assertThat(reasons(newcomer)).containsExactly("CSTDCS_YEARS", "NO_PROVINCIAL_INITIATIVE");
    assertThat(newcomer.reasons().get(0).text()).startsWith("Chưa đủ 3 năm liên tục");
  }

  @Test
  void aPersonUnderInvestigationIsOnHoldNotRefused() {
    Eligibility held = award(eligibility.forUnit(2025, "QHKT"), "thuy.lt.qhkt", "LDTT");
    assertThat(held.status()).isEqualTo(Status.ON_HOLD);
    assertThat(reasons(held)).containsExactly("UNDER_INVESTIGATION");
  }

  @Test
  void ineligiblePeopleCarryTheirReasons() {
    assertThat(reasons(award(eligibility.forUnit(2025, "VP"), "chutichcongdoan", "LDTT"))).containsExactly("SHORT_SERVICE");
    assertThat(reasons(award(eligibility.forUnit(2025, "QLVT"), "nam.pv.qlvt", "LDTT"))).containsExactly("NOT_REGISTERED");
    assertThat(reasons(award(eligibility.forUnit(2025, "QLXD"), "thao.bt.qlxd", "LDTT"))).containsExactly("LONG_ABSENCE");
  }

  @Test
  void theUnitIsJudgedOnItsMembersResults() {
    List<NomineeEligibility> qhkt = eligibility.forUnit(2025, "QHKT");
    assertThat(award(qhkt, "QHKT", "TTLDTT").status()).isEqualTo(Status.ELIGIBLE);
    assertThat(award(qhkt, "QHKT", "TTLDXS").status()).isEqualTo(Status.ELIGIBLE);
    Eligibility ttbt = award(eligibility.forUnit(2025, "TTBT"), "TTBT", "TTLDXS");
    assertThat(reasons(ttbt)).contains("UNIT_RATING_BELOW_HTXSNV", "NOT_ALL_COMPLETED");
  }

  @Test
  void aYearWithoutEvaluationsMakesNobodyEligible() {
    List<NomineeEligibility> nominees = eligibility.forUnit(2031, "QHKT");
    assertThat(nominees).allSatisfy(n -> assertThat(n.awards()).allSatisfy(a -> {
      assertThat(a.status()).isEqualTo(Status.INELIGIBLE);
      assertThat(reasons(a)).containsExactly("NO_EVALUATION");
    }));
  }
}
