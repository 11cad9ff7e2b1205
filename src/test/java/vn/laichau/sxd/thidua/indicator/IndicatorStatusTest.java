package vn.laichau.sxd.thidua.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.laichau.sxd.thidua.DecisionTables;

/** indicator-status: met, at risk or missed, one case per rule. */
class IndicatorStatusTest {

  private static String status(int indicator, double actual, double target, boolean interim) {
    List<Map<String, Object>> rows = DecisionTables.evaluate("indicator-status",
        Map.of("indicator", indicator, "actual", actual, "target", target, "interim", interim));
    assertThat(rows).hasSize(1);
    assertThat((String) rows.get(0).get("reason")).isNotBlank();
    assertThat((String) rows.get(0).get("legalBasis")).isNotBlank();
    return (String) rows.get(0).get("status");
  }

  @ParameterizedTest(name = "rule {0}: indicator {1}, actual {2}, target {3}, interim {4} → {5}")
  @CsvSource({
      "1, 7, 0, 0, true, DAT",
      "2, 7, 1, 0, true, KHONG_DAT",
      "3, 6, 92.5, 90, false, DAT",
      "4, 6, 90, 90, true, CO_NGUY_CO",
      "5, 6, 90, 90, false, KHONG_DAT",
      "6, 1, 100, 100, false, DAT",
      "6, 4, 2, 1, true, DAT",
      "7, 3, 97.5, 100, true, CO_NGUY_CO",
      "8, 3, 97.5, 100, false, KHONG_DAT",
      "8, 4, 0, 1, false, KHONG_DAT"})
  void eachRule(int rule, int indicator, double actual, double target, boolean interim, String expected) {
    assertThat(status(indicator, actual, target, interim)).isEqualTo(expected);
  }

  @Test
  void everyRuleHasACase() {
    assertThat(DecisionTables.ruleCount("indicator-status")).isEqualTo(8);
  }
}
