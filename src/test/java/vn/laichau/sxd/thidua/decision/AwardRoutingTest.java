package vn.laichau.sxd.thidua.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.laichau.sxd.thidua.DecisionTables;

/** award-routing: who decides each award, at which level, and how long the list is disclosed. */
class AwardRoutingTest {

  @ParameterizedTest
  @CsvSource({
      "LDTT, GIAM_DOC_SO, DEPARTMENT", "CSTDCS, GIAM_DOC_SO, DEPARTMENT", "TTLDTT, GIAM_DOC_SO, DEPARTMENT",
      "GIAY_KHEN_GD_SO, GIAM_DOC_SO, DEPARTMENT", "CSTD_TINH, CHU_TICH_UBND_TINH, PROVINCE",
      "TTLDXS, CHU_TICH_UBND_TINH, PROVINCE", "CO_THI_DUA_TINH, CHU_TICH_UBND_TINH, PROVINCE",
      "BANG_KHEN_CT_TINH, CHU_TICH_UBND_TINH, PROVINCE"})
  void routesEveryAwardToItsDecider(String award, String decider, String level) {
    List<Map<String, Object>> rows = DecisionTables.evaluate("award-routing", Map.of("awardCode", award));
    assertThat(rows).singleElement().satisfies(row -> {
      assertThat(row).containsEntry("decider", decider).containsEntry("level", level);
      assertThat(((Number) row.get("disclosureDays")).intValue()).isEqualTo(5);
      assertThat((String) row.get("reason")).isNotBlank();
      assertThat((String) row.get("legalBasis")).isNotBlank();
    });
  }
}
