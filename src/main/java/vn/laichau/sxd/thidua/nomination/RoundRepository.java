package vn.laichau.sxd.thidua.nomination;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.laichau.sxd.thidua.decision.AwardCode;
import vn.laichau.sxd.thidua.decision.CommendationType;
import vn.laichau.sxd.thidua.organisation.SubjectType;

/** Commendation rounds and their nominations (tables {@code commendation_round}, {@code nomination}). */
@Repository
class RoundRepository {

  record RoundInfo(String businessKey, int year, CommendationType commendationType) {

    /** The round as people name it. */
    String name() {
      return commendationType.roundName(year, businessKey);
    }
  }

  /** A nomination with the council's counts and, once awarded, its entry in the register. */
  record Counted(Nominee nominee, Integer agree, Integer disagree, Integer abstain, Long awardEntryId) {
  }

  private static final String NOMINEES = "SELECT id, unit_code, subject_type, subject_id, subject_name, award_code, achievement_summary,"
      + " status, outcome, agree, disagree, abstain, award_entry_id FROM nomination";

  private final JdbcTemplate jdbc;

  RoundRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  int roundsOf(int year, CommendationType type) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM commendation_round WHERE round_year = ? AND commendation_type = ?", Integer.class,
        year, type.name());
  }

  void open(String businessKey, int year, CommendationType type, String processInstanceId, Instant at) {
    jdbc.update("INSERT INTO commendation_round (business_key, round_year, commendation_type, process_instance_id, opened_at)"
        + " VALUES (?, ?, ?, ?, ?)", businessKey, year, type.name(), processInstanceId, Timestamp.from(at));
  }

  Optional<RoundInfo> round(String businessKey) {
    return jdbc.query("SELECT business_key, round_year, commendation_type FROM commendation_round WHERE business_key = ?",
        (rs, i) -> new RoundInfo(rs.getString("business_key"), rs.getInt("round_year"),
            CommendationType.valueOf(rs.getString("commendation_type"))), businessKey).stream().findFirst();
  }

  /** Replaces the unit's nominations in the round (a resubmission after a return replaces them all). */
  void replaceUnit(String roundKey, String unitCode, List<Nominee> nominees) {
    jdbc.update("DELETE FROM nomination WHERE round_key = ? AND unit_code = ?", roundKey, unitCode);
    for (Nominee n : nominees) {
      jdbc.update("INSERT INTO nomination (round_key, unit_code, subject_type, subject_id, subject_name, award_code, achievement_summary,"
          + " status) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", roundKey, unitCode, n.subjectType().name(), n.subjectId(), n.subjectName(),
          n.awardCode().name(), n.achievementSummary(), n.status().name());
    }
  }

  /** The unit's nominations in the round, as it last sent them. */
  List<Nominee> unitNominees(String roundKey, String unitCode) {
    return jdbc.query(NOMINEES + " WHERE round_key = ? AND unit_code = ? ORDER BY id", RoundRepository::nominee, roundKey, unitCode);
  }

  boolean hasNominations(String roundKey, String unitCode) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM nomination WHERE round_key = ? AND unit_code = ?", Integer.class, roundKey, unitCode) > 0;
  }

  void setUnitStatus(String roundKey, String unitCode, NominationStatus status) {
    jdbc.update("UPDATE nomination SET status = ? WHERE round_key = ? AND unit_code = ?", status.name(), roundKey, unitCode);
  }

  List<Nominee> nominees(String roundKey, NominationStatus status) {
    return jdbc.query(NOMINEES + " WHERE round_key = ? AND status = ? ORDER BY unit_code, id", RoundRepository::nominee, roundKey,
        status.name());
  }

  Optional<Nominee> find(String roundKey, String subjectId, String awardCode) {
    return jdbc.query(NOMINEES + " WHERE round_key = ? AND subject_id = ? AND award_code = ?", RoundRepository::nominee, roundKey,
        subjectId, awardCode).stream().findFirst();
  }

  /** Every nomination of the round with its counts, in unit order. */
  List<Counted> counted(String roundKey) {
    return jdbc.query(NOMINEES + " WHERE round_key = ? ORDER BY unit_code, id", (rs, i) -> new Counted(nominee(rs, i),
        rs.getObject("agree", Integer.class), rs.getObject("disagree", Integer.class), rs.getObject("abstain", Integer.class),
        rs.getObject("award_entry_id", Long.class)), roundKey);
  }

  void setStatus(long nominationId, NominationStatus status) {
    jdbc.update("UPDATE nomination SET status = ? WHERE id = ?", status.name(), nominationId);
  }

  void setOutcome(long nominationId, CouncilResult outcome, Integer agree, Integer disagree, Integer abstain) {
    jdbc.update("UPDATE nomination SET outcome = ?, agree = ?, disagree = ?, abstain = ? WHERE id = ?",
        outcome == null ? null : outcome.name(), agree, disagree, abstain, nominationId);
  }

  void setDecided(long nominationId, NominationStatus status, Long awardEntryId) {
    jdbc.update("UPDATE nomination SET status = ?, award_entry_id = ? WHERE id = ?", status.name(), awardEntryId, nominationId);
  }

  /** The round's forwarded items not yet submitted join the submission. */
  void attachForwarded(String roundKey, String submissionKey) {
    jdbc.update("UPDATE nomination SET submission_key = ? WHERE round_key = ? AND status = ? AND submission_key IS NULL",
        submissionKey, roundKey, NominationStatus.FORWARDED.name());
  }

  /** The submission's items still waiting for the province, in unit order. */
  List<Nominee> waitingInSubmission(String submissionKey) {
    return jdbc.query(NOMINEES + " WHERE submission_key = ? AND status = ? ORDER BY unit_code, id", RoundRepository::nominee,
        submissionKey, NominationStatus.FORWARDED.name());
  }

  void refusedByProvince(long nominationId, String note) {
    jdbc.update("UPDATE nomination SET status = ?, province_note = ? WHERE id = ?", NominationStatus.NOT_AWARDED.name(), note, nominationId);
  }

  private static Nominee nominee(ResultSet rs, int row) throws SQLException {
    String outcome = rs.getString("outcome");
    return new Nominee(rs.getLong("id"), rs.getString("unit_code"), SubjectType.valueOf(rs.getString("subject_type")),
        rs.getString("subject_name"), new Nomination(rs.getString("subject_id"), AwardCode.valueOf(rs.getString("award_code")),
        rs.getString("achievement_summary")), NominationStatus.valueOf(rs.getString("status")),
        outcome == null ? null : CouncilResult.valueOf(outcome));
  }
}
