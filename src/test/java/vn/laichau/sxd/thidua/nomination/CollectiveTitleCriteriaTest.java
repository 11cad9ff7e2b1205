package vn.laichau.sxd.thidua.nomination;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.laichau.sxd.thidua.DecisionTables;

/** collective-title-criteria: one case per rule row and the boundaries of the 50% and 70% shares. */
class CollectiveTitleCriteriaTest {

  private static final String KEY = "collective-title-criteria";

  private static List<String> reasons(String award, String rating, boolean registered, int members, int completed, int ldtt,
      int cstdcs, int disciplined) {
    Map<String, Object> unit = new HashMap<>();
    unit.put("awardCode", award);
    unit.put("unitRating", rating);
    unit.put("registered", registered);
    unit.put("memberCount", members);
    unit.put("membersCompleted", completed);
    unit.put("membersLdtt", ldtt);
    unit.put("membersCstdcs", cstdcs);
    unit.put("membersDisciplinedWarningOrAbove", disciplined);
    List<Map<String, Object>> rows = DecisionTables.evaluate(KEY, unit);
    rows.forEach(row -> assertThat((String) row.get("reason")).isNotBlank());
    rows.forEach(row -> assertThat((String) row.get("legalBasis")).isNotBlank());
    return rows.stream().map(row -> (String) row.get("reasonCode")).toList();
  }

  @Test
  void advancedCollectiveNeedsMoreThanHalfOfItsMembersAdvanced() {
    assertThat(reasons("TTLDTT", "HTTNV", true, 10, 10, 6, 0, 0)).isEmpty();
    assertThat(reasons("TTLDTT", "HTTNV", true, 10, 10, 5, 0, 0)).as("exactly 50%").containsExactly("LDTT_SHARE");
    assertThat(reasons("TTLDTT", "HTTNV", true, 7, 7, 4, 0, 0)).as("4 of 7").isEmpty();
    assertThat(reasons("TTLDTT", "HTTNV", true, 7, 7, 3, 0, 0)).as("3 of 7").containsExactly("LDTT_SHARE");
  }

  @Test
  void advancedCollectiveNeedsAGoodRatingAndNoSeriousDiscipline() {
    assertThat(reasons("TTLDTT", "HTXSNV", true, 10, 10, 6, 0, 0)).isEmpty();
    assertThat(reasons("TTLDTT", "HTNV", true, 10, 10, 6, 0, 0)).containsExactly("UNIT_RATING_BELOW_HTTNV");
    assertThat(reasons("TTLDTT", "HTTNV", true, 10, 10, 6, 0, 1)).containsExactly("MEMBER_DISCIPLINED");
    assertThat(reasons("TTLDTT", "HTTNV", false, 10, 10, 6, 0, 0)).containsExactly("NOT_REGISTERED");
  }

  @Test
  void excellentCollectiveNeedsSeventyPercentAdvancedAtTheBoundary() {
    assertThat(reasons("TTLDXS", "HTXSNV", true, 10, 10, 7, 1, 0)).as("exactly 70%").isEmpty();
    assertThat(reasons("TTLDXS", "HTXSNV", true, 10, 10, 6, 1, 0)).containsExactly("LDTT_SHARE");
    assertThat(reasons("TTLDXS", "HTXSNV", true, 7, 7, 5, 1, 0)).as("5 of 7 is 71%").isEmpty();
    assertThat(reasons("TTLDXS", "HTXSNV", true, 7, 7, 4, 1, 0)).as("4 of 7 is 57%").containsExactly("LDTT_SHARE");
  }

  @Test
  void excellentCollectiveNeedsEveryCriterion() {
    assertThat(reasons("TTLDXS", "HTTNV", true, 10, 10, 8, 1, 0)).containsExactly("UNIT_RATING_BELOW_HTXSNV");
    assertThat(reasons("TTLDXS", "HTXSNV", true, 10, 9, 8, 1, 0)).containsExactly("NOT_ALL_COMPLETED");
    assertThat(reasons("TTLDXS", "HTXSNV", true, 10, 10, 8, 0, 0)).containsExactly("NO_CSTDCS");
    assertThat(reasons("TTLDXS", "HTXSNV", true, 10, 10, 8, 1, 2)).containsExactly("MEMBER_DISCIPLINED");
    assertThat(reasons("TTLDXS", "HTNV", false, 10, 8, 5, 0, 1)).containsExactly(
        "NOT_REGISTERED", "UNIT_RATING_BELOW_HTXSNV", "NOT_ALL_COMPLETED", "LDTT_SHARE", "NO_CSTDCS", "MEMBER_DISCIPLINED");
  }

  @Test
  void aCollectiveCommendationChecksOnlyRegistration() {
    assertThat(reasons("GIAY_KHEN_GD_SO", "HTNV", true, 10, 5, 0, 0, 1)).isEmpty();
    assertThat(reasons("GIAY_KHEN_GD_SO", "HTXSNV", false, 10, 10, 10, 1, 0)).containsExactly("NOT_REGISTERED");
  }

  @Test
  void individualAwardsAreNotJudgedHere() {
    assertThat(reasons("LDTT", "HTXSNV", true, 10, 10, 10, 1, 0)).containsExactly("NOT_COLLECTIVE_AWARD");
  }

  @Test
  void everyRuleRowIsCoveredByTheCasesAbove() {
    assertThat(DecisionTables.ruleCount(KEY)).isEqualTo(9);
  }
}
