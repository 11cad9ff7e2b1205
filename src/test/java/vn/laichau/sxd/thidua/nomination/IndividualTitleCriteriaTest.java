package vn.laichau.sxd.thidua.nomination;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.laichau.sxd.thidua.DecisionTables;

/** individual-title-criteria: one case per rule row and the boundary of every threshold. */
class IndividualTitleCriteriaTest {

  private static final String KEY = "individual-title-criteria";

  /** A person who meets every criterion of every individual award. */
  private static Map<String, Object> exemplary(String awardCode) {
    Map<String, Object> person = new HashMap<>();
    person.put("awardCode", awardCode);
    person.put("rating", "HTXSNV");
    person.put("registered", true);
    person.put("underInvestigation", false);
    person.put("disciplineLevel", "NONE");
    person.put("monthsWorked", 12);
    person.put("absenceDays", 0);
    person.put("hasRecognisedInitiative", true);
    person.put("hasAcceptedScienceWork", false);
    person.put("initiativeScope", "PROVINCE");
    person.put("consecutiveCstdcsYears", 3);
    person.put("cstdcsReading", "LITERAL");
    return person;
  }

  private static List<String> reasons(Map<String, Object> person) {
    List<Map<String, Object>> rows = DecisionTables.evaluate(KEY, person);
    rows.forEach(row -> {
      assertThat((String) row.get("reason")).as("Vietnamese reason").isNotBlank();
      assertThat((String) row.get("legalBasis")).isNotBlank();
    });
    return rows.stream().map(row -> (String) row.get("reasonCode")).toList();
  }

  private static Map<String, Object> with(String awardCode, Object... pairs) {
    Map<String, Object> person = exemplary(awardCode);
    for (int i = 0; i < pairs.length; i += 2) {
      person.put((String) pairs[i], pairs[i + 1]);
    }
    return person;
  }

  @ParameterizedTest
  @ValueSource(strings = {"LDTT", "CSTDCS", "CSTD_TINH", "GIAY_KHEN_GD_SO", "BANG_KHEN_CT_TINH"})
  void anExemplaryPersonIsEligibleForEveryAward(String award) {
    assertThat(reasons(exemplary(award))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"LDTT", "CSTDCS", "CSTD_TINH", "GIAY_KHEN_GD_SO", "BANG_KHEN_CT_TINH"})
  void commonExclusionsApplyToEveryAward(String award) {
    assertThat(reasons(with(award, "registered", false))).containsExactly("NOT_REGISTERED");
    assertThat(reasons(with(award, "underInvestigation", true))).containsExactly("UNDER_INVESTIGATION");
    assertThat(reasons(with(award, "monthsWorked", 9))).containsExactly("SHORT_SERVICE");
    assertThat(reasons(with(award, "monthsWorked", 10))).isEmpty();
    assertThat(reasons(with(award, "absenceDays", 40))).containsExactly("LONG_ABSENCE");
    assertThat(reasons(with(award, "absenceDays", 39))).isEmpty();
    for (String level : new String[] {"KHIEN_TRACH", "CANH_CAO", "CACH_CHUC", "BUOC_THOI_VIEC"}) {
      assertThat(reasons(with(award, "disciplineLevel", level))).as(level).containsExactly("DISCIPLINED");
    }
  }

  @Test
  void missingRegistrationCountsAsNotRegistered() {
    assertThat(reasons(with("LDTT", "registered", null))).containsExactly("NOT_REGISTERED");
  }

  @Test
  void everyUnmetCriterionIsListed() {
    assertThat(reasons(with("LDTT", "registered", false, "monthsWorked", 6, "rating", "HTNV")))
        .containsExactly("NOT_REGISTERED", "SHORT_SERVICE", "RATING_BELOW_HTTNV");
  }

  @ParameterizedTest
  @ValueSource(strings = {"LDTT", "CSTDCS", "CSTD_TINH"})
  void titlesNeedAtLeastHttnv(String award) {
    assertThat(reasons(with(award, "rating", "HTTNV"))).doesNotContain("RATING_BELOW_HTTNV");
    assertThat(reasons(with(award, "rating", "HTNV"))).contains("RATING_BELOW_HTTNV");
    assertThat(reasons(with(award, "rating", "KHTNV"))).contains("RATING_BELOW_HTTNV");
  }

  @ParameterizedTest
  @ValueSource(strings = {"GIAY_KHEN_GD_SO", "BANG_KHEN_CT_TINH"})
  void commendationsCheckOnlyTheExclusionsAndRegistration(String award) {
    assertThat(reasons(with(award, "rating", "HTNV", "hasRecognisedInitiative", false, "consecutiveCstdcsYears", 0))).isEmpty();
  }

  @Test
  void cstdcsNeedsExcellenceOrAnInitiativeOrAScienceWorkUnderTheLawAsWritten() {
    assertThat(reasons(with("CSTDCS", "rating", "HTXSNV", "hasRecognisedInitiative", false))).isEmpty();
    assertThat(reasons(with("CSTDCS", "rating", "HTTNV", "hasRecognisedInitiative", true))).isEmpty();
    assertThat(reasons(with("CSTDCS", "rating", "HTTNV", "hasRecognisedInitiative", false, "hasAcceptedScienceWork", true))).isEmpty();
    assertThat(reasons(with("CSTDCS", "rating", "HTTNV", "hasRecognisedInitiative", false)))
        .containsExactly("NO_EXCELLENCE_OR_INITIATIVE");
  }

  @Test
  void theLiteralReadingIsTheDefaultWhenNoReadingIsGiven() {
    Map<String, Object> person = with("CSTDCS", "rating", "HTTNV", "hasRecognisedInitiative", true);
    person.remove("cstdcsReading");
    assertThat(reasons(person)).isEmpty();
  }

  @Test
  void theStrictReadingNeedsExcellenceAndAnInitiative() {
    assertThat(reasons(with("CSTDCS", "cstdcsReading", "STRICT", "rating", "HTXSNV", "hasRecognisedInitiative", true))).isEmpty();
    assertThat(reasons(with("CSTDCS", "cstdcsReading", "STRICT", "rating", "HTXSNV", "hasRecognisedInitiative", false)))
        .containsExactly("NO_INITIATIVE");
    assertThat(reasons(with("CSTDCS", "cstdcsReading", "STRICT", "rating", "HTTNV", "hasRecognisedInitiative", true)))
        .containsExactly("NOT_HTXSNV");
    assertThat(reasons(with("CSTDCS", "cstdcsReading", "STRICT", "rating", "HTTNV", "hasRecognisedInitiative", false,
        "hasAcceptedScienceWork", true))).containsExactly("NOT_HTXSNV", "NO_INITIATIVE");
  }

  @Test
  void provincialEmulationFighterNeedsThreeConsecutiveYearsAndAProvinceWideInitiative() {
    assertThat(reasons(with("CSTD_TINH", "consecutiveCstdcsYears", 3))).isEmpty();
    assertThat(reasons(with("CSTD_TINH", "consecutiveCstdcsYears", 2))).containsExactly("CSTDCS_YEARS");
    assertThat(reasons(with("CSTD_TINH", "initiativeScope", "GRASSROOTS"))).containsExactly("NO_PROVINCIAL_INITIATIVE");
    assertThat(reasons(with("CSTD_TINH", "initiativeScope", "NONE"))).containsExactly("NO_PROVINCIAL_INITIATIVE");
  }

  @Test
  void collectiveAwardsAreNotJudgedHere() {
    assertThat(reasons(exemplary("TTLDTT"))).containsExactly("NOT_INDIVIDUAL_AWARD");
  }

  @Test
  void everyRuleRowIsCoveredByTheCasesAbove() {
    assertThat(DecisionTables.ruleCount(KEY)).isEqualTo(12);
  }
}
