package vn.laichau.sxd.thidua.nomination;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import vn.laichau.sxd.thidua.decision.AwardCode;

/**
 * One line of the form {@code round-nominate} as it comes back: a possible nominee (a person's
 * username, or the unit's own code), the awards ticked for them (none: not proposed) and the
 * achievement summary they share.
 */
record NominationLine(String subjectId, List<AwardCode> awardCodes, String achievementSummary) {

  /** One nomination per ticked award. */
  Stream<Nomination> nominations() {
    String subject = subjectId == null ? "" : subjectId.strip();
    return Objects.requireNonNullElse(awardCodes, List.<AwardCode>of()).stream()
        .map(award -> new Nomination(subject, award, achievementSummary));
  }
}
