package vn.laichau.sxd.thidua.registration;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The registration rows, written in the same transaction as the engine step that causes them. */
@Repository
public class RegistrationRepository {

  private final JdbcTemplate jdbc;

  public RegistrationRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public boolean yearOpened(int year) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM emulation_registration WHERE reg_year = ?", Integer.class, year) > 0;
  }

  public void open(int year, String processInstanceId, LocalDate deadline, Instant openedAt) {
    jdbc.update("INSERT INTO emulation_registration (reg_year, process_instance_id, deadline, opened_at) VALUES (?, ?, ?, ?)",
        year, processInstanceId, deadline, Timestamp.from(openedAt));
  }

  public void saveSubmission(int year, String unitCode, int candidateCount, String content, String submittedBy, Instant at) {
    int updated = jdbc.update("UPDATE unit_registration SET status = ?, candidate_count = ?, content = ?, submitted_by = ?, submitted_at = ?,"
            + " reviewed_by = NULL, reviewed_at = NULL, review_note = NULL WHERE reg_year = ? AND unit_code = ?",
        UnitRegistrationStatus.SUBMITTED.name(), candidateCount, content, submittedBy, Timestamp.from(at), year, unitCode);
    if (updated == 0) {
      jdbc.update("INSERT INTO unit_registration (reg_year, unit_code, status, candidate_count, content, submitted_by, submitted_at)"
              + " VALUES (?, ?, ?, ?, ?, ?, ?)",
          year, unitCode, UnitRegistrationStatus.SUBMITTED.name(), candidateCount, content, submittedBy, Timestamp.from(at));
    }
  }

  public void saveReview(int year, String unitCode, UnitRegistrationStatus status, String note, String reviewedBy, Instant at) {
    jdbc.update("UPDATE unit_registration SET status = ?, review_note = ?, reviewed_by = ?, reviewed_at = ? WHERE reg_year = ? AND unit_code = ?",
        status.name(), note, reviewedBy, Timestamp.from(at), year, unitCode);
  }

  public UnitRegistrationStatus status(int year, String unitCode) {
    return jdbc.query("SELECT status FROM unit_registration WHERE reg_year = ? AND unit_code = ?",
        (rs, i) -> UnitRegistrationStatus.valueOf(rs.getString(1)), year, unitCode).stream().findFirst().orElse(null);
  }
}
