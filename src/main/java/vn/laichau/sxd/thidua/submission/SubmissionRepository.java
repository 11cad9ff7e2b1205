package vn.laichau.sxd.thidua.submission;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Submissions to the province (table {@code provincial_submission}); their items stay in the round's table. */
@Repository
class SubmissionRepository {

  private final JdbcTemplate jdbc;

  SubmissionRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  int submissionsOf(int year) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM provincial_submission WHERE submission_year = ?", Integer.class, year);
  }

  void open(String businessKey, String roundKey, int year, String processInstanceId, Instant at) {
    jdbc.update("INSERT INTO provincial_submission (business_key, round_key, submission_year, process_instance_id, opened_at, status)"
        + " VALUES (?, ?, ?, ?, ?, ?)", businessKey, roundKey, year, processInstanceId, Timestamp.from(at), SubmissionStatus.PREPARING.name());
  }

  void signed(String businessKey, String letterNumber, LocalDate letterDate) {
    jdbc.update("UPDATE provincial_submission SET letter_number = ?, letter_date = ?, status = ? WHERE business_key = ?",
        letterNumber, Date.valueOf(letterDate), SubmissionStatus.SUBMITTED.name(), businessKey);
  }

  void setStatus(String businessKey, SubmissionStatus status) {
    jdbc.update("UPDATE provincial_submission SET status = ? WHERE business_key = ?", status.name(), businessKey);
  }
}
