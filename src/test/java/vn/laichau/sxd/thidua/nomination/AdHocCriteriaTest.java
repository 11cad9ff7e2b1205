package vn.laichau.sxd.thidua.nomination;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.laichau.sxd.thidua.DecisionTables;

/** ad-hoc-criteria: which awards an ad hoc round gives, and the exclusions it still applies. */
class AdHocCriteriaTest {

  private static List<String> reasonCodes(String awardCode, Boolean underInvestigation, String disciplineLevel) {
    Map<String, Object> inputs = new HashMap<>();
    inputs.put("awardCode", awardCode);
    inputs.put("underInvestigation", underInvestigation);
    inputs.put("disciplineLevel", disciplineLevel);
    List<Map<String, Object>> rows = DecisionTables.evaluate("ad-hoc-criteria", inputs);
    rows.forEach(row -> assertThat((String) row.get("reason")).isNotBlank());
    rows.forEach(row -> assertThat((String) row.get("legalBasis")).isNotBlank());
    return rows.stream().map(row -> (String) row.get("reasonCode")).toList();
  }

  @ParameterizedTest
  @ValueSource(strings = {"GIAY_KHEN_GD_SO", "BANG_KHEN_CT_TINH"})
  void commendationsAreGivenAdHocWithOrWithoutTheYearsEvaluation(String award) {
    assertThat(reasonCodes(award, false, "NONE")).isEmpty();
    assertThat(reasonCodes(award, null, null)).as("no evaluation of the year yet").isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"LDTT", "CSTDCS", "CSTD_TINH", "TTLDTT", "TTLDXS", "CO_THI_DUA_TINH"})
  void titlesAreOnlyJudgedOnceAYear(String award) {
    assertThat(reasonCodes(award, false, "NONE")).containsExactly("NOT_AD_HOC");
  }

  @Test
  void aPersonUnderInvestigationIsOnHold() {
    assertThat(reasonCodes("GIAY_KHEN_GD_SO", true, "NONE")).containsExactly("UNDER_INVESTIGATION");
  }

  @ParameterizedTest
  @CsvSource({"KHIEN_TRACH, DISCIPLINED", "CANH_CAO, DISCIPLINED", "CACH_CHUC, DISCIPLINED", "BUOC_THOI_VIEC, DISCIPLINED"})
  void aPersonDisciplinedInTheYearIsNotCommended(String level, String code) {
    assertThat(reasonCodes("BANG_KHEN_CT_TINH", false, level)).containsExactly(code);
  }

  @Test
  void everyUnmetCriterionIsListed() {
    assertThat(reasonCodes("LDTT", true, "CANH_CAO")).containsExactly("NOT_AD_HOC", "UNDER_INVESTIGATION", "DISCIPLINED");
    assertThat(DecisionTables.ruleCount("ad-hoc-criteria")).isEqualTo(3);
  }
}
