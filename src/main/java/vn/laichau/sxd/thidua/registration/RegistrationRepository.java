package vn.laichau.sxd.thidua.registration;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.laichau.sxd.thidua.engine.VariableJson;
import vn.laichau.sxd.thidua.organisation.SubjectType;

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

  public void saveSubmission(int year, String unitCode, RegistrationContent registration, String submittedBy, Instant at) {
    int candidateCount = registration.candidates().size();
    String content = json(registration);
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

  /** Units of the year whose registration is not with the secretariat: never submitted, or returned and not resubmitted. */
  public List<String> notSubmitted(int year, List<String> unitCodes) {
    List<String> submitted = jdbc.queryForList("SELECT unit_code FROM unit_registration WHERE reg_year = ? AND status IN (?, ?)",
        String.class, year, UnitRegistrationStatus.SUBMITTED.name(), UnitRegistrationStatus.ACCEPTED.name());
    return unitCodes.stream().filter(unit -> !submitted.contains(unit)).toList();
  }

  public void approve(int year, String approvedBy, String note, Instant at) {
    jdbc.update("UPDATE emulation_registration SET approved_by = ?, approved_at = ?, approval_note = ? WHERE reg_year = ?",
        approvedBy, Timestamp.from(at), note, year);
  }

  public void register(int year, SubjectType subjectType, String subjectId, String unitCode) {
    jdbc.update("INSERT INTO registered_subject (reg_year, subject_type, subject_id, unit_code) VALUES (?, ?, ?, ?)",
        year, subjectType.name(), subjectId, unitCode);
  }

  public Set<String> registeredSubjects(int year) {
    return Set.copyOf(jdbc.queryForList("SELECT subject_type || ':' || subject_id FROM registered_subject WHERE reg_year = ?", String.class, year));
  }

  /** The unit's accepted registration of the year. */
  Optional<RegistrationContent> acceptedContent(int year, String unitCode) {
    return jdbc.queryForList("SELECT content FROM unit_registration WHERE reg_year = ? AND unit_code = ? AND status = ?",
        String.class, year, unitCode, UnitRegistrationStatus.ACCEPTED.name()).stream().findFirst().map(RegistrationRepository::content);
  }

  /** Each accepted unit's registration of the year, by unit. */
  Map<String, RegistrationContent> acceptedContents(int year) {
    Map<String, RegistrationContent> contents = new LinkedHashMap<>();
    jdbc.query("SELECT unit_code, content FROM unit_registration WHERE reg_year = ? AND status = ? ORDER BY unit_code",
        rs -> {
          contents.put(rs.getString("unit_code"), content(rs.getString("content")));
        }, year, UnitRegistrationStatus.ACCEPTED.name());
    return contents;
  }

  private static String json(RegistrationContent registration) {
    try {
      return VariableJson.mapper().writeValueAsString(registration);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write a registration", e);
    }
  }

  private static RegistrationContent content(String json) {
    try {
      return VariableJson.mapper().readValue(json, RegistrationContent.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A stored registration is not readable", e);
    }
  }
}
