package vn.laichau.sxd.thidua.nomination;

import vn.laichau.sxd.thidua.decision.AwardCode;

/**
 * One line of a unit's nominations, as the form {@code round-nominate} sends it and as the table
 * keeps it: who (a person's username, or the unit's own code) for which award, with what achievements.
 */
record Nomination(String subjectId, AwardCode awardCode, String achievementSummary) {
}
