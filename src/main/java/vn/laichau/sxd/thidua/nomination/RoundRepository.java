package vn.laichau.sxd.thidua.nomination;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/** Commendation rounds and their nominations. */
@Repository
public class RoundRepository {

  public record Nominee(long id, String unitCode, String subjectType, String subjectId, String subjectName, String awardCode,
      String achievementSummary, String status, String outcome) {
  }

  private static final String NOMINEE_COLUMNS =
      "SELECT id, unit_code, subject_type, subject_id, subject_name, award_code, achievement_summary, status, outcome FROM nomination";
  private static final RowMapper<Nominee> NOMINEE = (rs, i) -> new Nominee(rs.getLong(1), rs.getString(2), rs.getString(3),
      rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9));

  private final JdbcTemplate jdbc;

  public RoundRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public int roundsOf(int year, String type) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM commendation_round WHERE round_year = ? AND commendation_type = ?", Integer.class, year, type);
  }

  public void open(String businessKey, int year, String type, String processInstanceId, Instant at) {
    jdbc.update("INSERT INTO commendation_round (business_key, round_year, commendation_type, process_instance_id, opened_at) VALUES (?, ?, ?, ?, ?)",
        businessKey, year, type, processInstanceId, Timestamp.from(at));
  }

  /** Replaces the unit's nominations in the round (a resubmission after a return replaces them all). */
  public void replaceUnit(String roundKey, String unitCode, List<Nominee> nominees) {
    jdbc.update("DELETE FROM nomination WHERE round_key = ? AND unit_code = ?", roundKey, unitCode);
    for (Nominee n : nominees) {
      jdbc.update("INSERT INTO nomination (round_key, unit_code, subject_type, subject_id, subject_name, award_code, achievement_summary, status)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, 'PROPOSED')", roundKey, unitCode, n.subjectType(), n.subjectId(), n.subjectName(), n.awardCode(),
          n.achievementSummary());
    }
  }

  public boolean hasNominations(String roundKey, String unitCode) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM nomination WHERE round_key = ? AND unit_code = ?", Integer.class, roundKey, unitCode) > 0;
  }

  public void setUnitStatus(String roundKey, String unitCode, String status) {
    jdbc.update("UPDATE nomination SET status = ? WHERE round_key = ? AND unit_code = ?", status, roundKey, unitCode);
  }

  public List<Nominee> nominees(String roundKey, String status) {
    return nomineesWhere("round_key = ? AND status = ?", roundKey, status);
  }

  /** Nominations matching a condition of this class's callers (never user text), in unit order. */
  List<Nominee> nomineesWhere(String condition, Object... arguments) {
    return jdbc.query(NOMINEE_COLUMNS + " WHERE " + condition + " ORDER BY unit_code, id", NOMINEE, arguments);
  }

  public java.util.Optional<Nominee> find(String roundKey, String subjectId, String awardCode) {
    return jdbc.query(NOMINEE_COLUMNS + " WHERE round_key = ? AND subject_id = ? AND award_code = ?",
        NOMINEE, roundKey, subjectId, awardCode).stream().findFirst();
  }

  public void setStatus(long nominationId, String status) {
    jdbc.update("UPDATE nomination SET status = ? WHERE id = ?", status, nominationId);
  }

  public void setOutcome(long nominationId, String outcome, Integer agree, Integer disagree, Integer abstain) {
    jdbc.update("UPDATE nomination SET outcome = ?, agree = ?, disagree = ?, abstain = ? WHERE id = ?",
        outcome, agree, disagree, abstain, nominationId);
  }

  public record RoundInfo(String businessKey, int year, String commendationType) {
  }

  public record Item(String unitCode, String subjectType, String subjectId, String subjectName, String awardCode, String status,
      String outcome, Integer agree, Integer disagree, Integer abstain, String decisionNumber, java.time.LocalDate decisionDate,
      Long amountVnd) {
  }

  public java.util.Optional<RoundInfo> round(String businessKey) {
    return jdbc.query("SELECT business_key, round_year, commendation_type FROM commendation_round WHERE business_key = ?",
        (rs, i) -> new RoundInfo(rs.getString(1), rs.getInt(2), rs.getString(3)), businessKey).stream().findFirst();
  }

  /** Every nomination of the round with its counts and, once decided, its register entry. */
  public List<Item> items(String roundKey) {
    return jdbc.query("SELECT n.unit_code, n.subject_type, n.subject_id, n.subject_name, n.award_code, n.status, n.outcome,"
            + " n.agree, n.disagree, n.abstain, e.decision_number, e.decision_date, e.amount_vnd"
            + " FROM nomination n LEFT JOIN award_entry e ON e.id = n.award_entry_id WHERE n.round_key = ? ORDER BY n.unit_code, n.id",
        (rs, i) -> new Item(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
            rs.getString(7), (Integer) rs.getObject(8, Integer.class), (Integer) rs.getObject(9, Integer.class),
            (Integer) rs.getObject(10, Integer.class), rs.getString(11),
            rs.getDate(12) == null ? null : rs.getDate(12).toLocalDate(), (Long) rs.getObject(13, Long.class)), roundKey);
  }

  public void setDecided(long nominationId, String status, Long awardEntryId) {
    jdbc.update("UPDATE nomination SET status = ?, award_entry_id = ? WHERE id = ?", status, awardEntryId, nominationId);
  }
}
