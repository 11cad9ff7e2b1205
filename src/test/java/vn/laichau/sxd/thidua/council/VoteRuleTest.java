package vn.laichau.sxd.thidua.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.laichau.sxd.thidua.DecisionTables;

/** vote-rule: the Department's default voting rules (DOMAIN §4), one case per award code. */
class VoteRuleTest {

  private static Map<String, Object> rule(String award) {
    List<Map<String, Object>> rows = DecisionTables.evaluate("vote-rule", Map.of("awardCode", award));
    assertThat(rows).hasSize(1);
    assertThat((String) rows.get(0).get("legalBasis")).isNotBlank();
    return rows.get(0);
  }

  @ParameterizedTest
  @ValueSource(strings = {"CSTDCS", "CSTD_TINH", "TTLDXS", "CO_THI_DUA_TINH", "BANG_KHEN_CT_TINH"})
  void emulationFightersAndEverythingSentToTheProvinceGoBySecretBallot(String award) {
    Map<String, Object> rule = rule(award);
    assertThat(rule).containsEntry("ballot", "SECRET").containsEntry("passRule", "AT_LEAST").containsEntry("passBase", "ALL_MEMBERS");
    assertThat((Double) rule.get("passShare")).isEqualTo(0.7);
    assertThat((Double) rule.get("quorumShare")).isCloseTo(2.0 / 3, within(1e-12));
  }

  @ParameterizedTest
  @ValueSource(strings = {"LDTT", "TTLDTT", "GIAY_KHEN_GD_SO", "DIEN_HINH_CONG_NHAN", "DIEN_HINH_DANH_GIA"})
  void departmentLevelTitlesAndExemplarDecisionsGoByOpenVoteOfMoreThanHalfOfVotesCast(String award) {
    Map<String, Object> rule = rule(award);
    assertThat(rule).containsEntry("ballot", "OPEN").containsEntry("passRule", "MORE_THAN").containsEntry("passBase", "VOTES_CAST");
    assertThat((Double) rule.get("passShare")).isEqualTo(0.5);
    assertThat((Double) rule.get("quorumShare")).isCloseTo(2.0 / 3, within(1e-12));
  }

  @ParameterizedTest
  @ValueSource(strings = {"UNKNOWN", ""})
  void anUnknownAwardHasNoRule(String award) {
    assertThat(DecisionTables.evaluate("vote-rule", Map.of("awardCode", award))).isEmpty();
  }
}
