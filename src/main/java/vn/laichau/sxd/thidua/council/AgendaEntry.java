package vn.laichau.sxd.thidua.council;

/**
 * One item to put on a session's agenda: who or what ({@code subjectName}), the code that decides
 * the vote rule ({@code awardCode}, by {@code vote-rule}), in words what the council decides
 * ({@code question}, e.g. "Lao động tiên tiến"), and what the member reads under the name
 * ({@code details}: position and unit, the achievement summary; may be null).
 */
public record AgendaEntry(String subjectType, String subjectId, String subjectName, String awardCode, String question, String details) {
}
