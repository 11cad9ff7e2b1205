package vn.laichau.sxd.thidua.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.laichau.sxd.thidua.DecisionTables;

/** reward-amount: every coefficient of DOMAIN §2, the 01/7/2025 change and how dates are read. */
class RewardAmountTest {

  private static double coefficient(String award, String subject, Object decisionDate) {
    Map<String, Object> input = new HashMap<>();
    input.put("awardCode", award);
    input.put("subjectType", subject);
    input.put("decisionDate", decisionDate);
    List<Map<String, Object>> rows = DecisionTables.evaluate("reward-amount", input);
    assertThat(rows).hasSize(1);
    assertThat((String) rows.get(0).get("legalBasis")).isNotBlank();
    return (Double) rows.get(0).get("coefficient");
  }

  @ParameterizedTest
  @CsvSource({
      "LDTT, INDIVIDUAL, 0.3", "CSTDCS, INDIVIDUAL, 1.0", "CSTD_TINH, INDIVIDUAL, 3.0", "TTLDTT, COLLECTIVE, 0.8",
      "TTLDXS, COLLECTIVE, 1.5", "CO_THI_DUA_TINH, COLLECTIVE, 8.0", "GIAY_KHEN_GD_SO, INDIVIDUAL, 0.3",
      "GIAY_KHEN_GD_SO, COLLECTIVE, 0.6", "GIAY_KHEN_GD_SO, HOUSEHOLD, 0.45", "BANG_KHEN_CT_TINH, INDIVIDUAL, 1.5",
      "BANG_KHEN_CT_TINH, COLLECTIVE, 3.0", "BANG_KHEN_CT_TINH, HOUSEHOLD, 2.25"})
  void coefficientsInForceToday(String award, String subject, double expected) {
    assertThat(coefficient(award, subject, LocalDate.of(2026, 1, 20))).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"INDIVIDUAL, 0.15, 0.3", "COLLECTIVE, 0.3, 0.6", "HOUSEHOLD, 0.225, 0.45"})
  void theDirectorsCertificateRoseOnFirstJuly2025(String subject, double before, double after) {
    assertThat(coefficient("GIAY_KHEN_GD_SO", subject, LocalDate.of(2025, 6, 30))).isEqualTo(before);
    assertThat(coefficient("GIAY_KHEN_GD_SO", subject, LocalDate.of(2025, 7, 1))).isEqualTo(after);
  }

  @Test
  void aDateIsTheCalendarDateInVietnamWhateverTheServersZone() {
    TimeZone serverZone = TimeZone.getDefault();
    try {
      TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
      // 00:30 on 01/7/2025 in Vietnam is still 30/6 in UTC.
      Date justAfterMidnight = Date.from(LocalDate.of(2025, 7, 1).atTime(0, 30).atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant());
      assertThat(coefficient("GIAY_KHEN_GD_SO", "INDIVIDUAL", justAfterMidnight)).isEqualTo(0.3);
      TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles"));
      assertThat(coefficient("GIAY_KHEN_GD_SO", "INDIVIDUAL", justAfterMidnight)).isEqualTo(0.3);
    } finally {
      TimeZone.setDefault(serverZone);
    }
  }

  @Test
  void aDateMayAlsoComeAsIsoText() {
    assertThat(coefficient("GIAY_KHEN_GD_SO", "INDIVIDUAL", "2025-07-01")).isEqualTo(0.3);
    assertThat(coefficient("GIAY_KHEN_GD_SO", "INDIVIDUAL", "2025-06-30")).isEqualTo(0.15);
  }
}
