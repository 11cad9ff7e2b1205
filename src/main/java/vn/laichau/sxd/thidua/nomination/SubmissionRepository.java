package vn.laichau.sxd.thidua.nomination;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Submissions to the province and the round items they carry. */
@Repository
public class SubmissionRepository {

  private final JdbcTemplate jdbc;
  private final RoundRepository rounds;

  public SubmissionRepository(JdbcTemplate jdbc, RoundRepository rounds) {
    this.jdbc = jdbc;
    this.rounds = rounds;
  }

  public int submissionsOf(int year) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM provincial_submission WHERE submission_year = ?", Integer.class, year);
  }

  /** Opens the submission with every item of the round forwarded by the Director and not yet submitted. */
  public void open(String businessKey, String roundKey, int year, String processInstanceId, Instant at) {
    jdbc.update("INSERT INTO provincial_submission (business_key, round_key, submission_year, process_instance_id, opened_at, status)"
        + " VALUES (?, ?, ?, ?, ?, 'PREPARING')", businessKey, roundKey, year, processInstanceId, Timestamp.from(at));
    jdbc.update("UPDATE nomination SET submission_key = ? WHERE round_key = ? AND status = 'FORWARDED' AND submission_key IS NULL",
        businessKey, roundKey);
  }

  public void signed(String businessKey, String letterNumber, LocalDate letterDate) {
    jdbc.update("UPDATE provincial_submission SET letter_number = ?, letter_date = ?, status = 'SUBMITTED' WHERE business_key = ?",
        letterNumber, Date.valueOf(letterDate), businessKey);
  }

  public void setStatus(String businessKey, String status) {
    jdbc.update("UPDATE provincial_submission SET status = ? WHERE business_key = ?", status, businessKey);
  }

  /** The submission's items still waiting for the province. */
  public List<RoundRepository.Nominee> pending(String businessKey) {
    return rounds.nomineesWhere("submission_key = ? AND status = 'FORWARDED'", businessKey);
  }

  /** Every item of the submission, decided or not. */
  public List<RoundRepository.Nominee> items(String businessKey) {
    return rounds.nomineesWhere("submission_key = ?", businessKey);
  }

  public void refused(long nominationId, String note) {
    jdbc.update("UPDATE nomination SET status = 'NOT_AWARDED', province_note = ? WHERE id = ?", note, nominationId);
  }
}
