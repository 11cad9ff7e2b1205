package vn.laichau.sxd.thidua.decision;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The years in which each subject holds a regular (CONG_TRANG) title of one award, in force. */
public final class RegularTitles {

  private final Map<String, Set<Integer>> years;

  private RegularTitles(Map<String, Set<Integer>> years) {
    this.years = years;
  }

  static RegularTitles of(Collection<AwardEntry> entries, AwardCode awardCode) {
    return new RegularTitles(entries.stream()
        .filter(e -> e.awardCode() == awardCode && e.commendationType() == CommendationType.CONG_TRANG)
        .collect(Collectors.groupingBy(AwardEntry::subjectId, Collectors.mapping(AwardEntry::year, Collectors.toSet()))));
  }

  /** Titles in a row ending with {@code endingYear}; 0 when that year has none. */
  public int consecutiveYears(String subjectId, int endingYear) {
    Set<Integer> held = years.getOrDefault(subjectId, Set.of());
    int count = 0;
    while (held.contains(endingYear - count)) {
      count++;
    }
    return count;
  }
}
