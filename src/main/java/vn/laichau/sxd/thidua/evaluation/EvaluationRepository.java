package vn.laichau.sxd.thidua.evaluation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Yearly evaluations of people and units; an import replaces the whole year. */
@Repository
class EvaluationRepository {

  private final JdbcTemplate jdbc;

  public EvaluationRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public void replacePeople(int year, List<PersonEvaluation> evaluations, Instant at) {
    jdbc.update("DELETE FROM person_evaluation WHERE eval_year = ?", year);
    jdbc.batchUpdate("INSERT INTO person_evaluation (eval_year, username, rating, months_worked, absence_days, discipline_level,"
            + " under_investigation, registered, initiative_scope, accepted_science_work, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        evaluations, 200, (ps, e) -> {
          ps.setInt(1, year);
          ps.setString(2, e.username());
          ps.setString(3, e.rating().name());
          ps.setInt(4, e.monthsWorked());
          ps.setInt(5, e.absenceDays());
          ps.setString(6, e.disciplineLevel().name());
          ps.setBoolean(7, e.underInvestigation());
          ps.setBoolean(8, e.registered());
          ps.setString(9, e.initiativeScope().name());
          ps.setBoolean(10, e.acceptedScienceWork());
          ps.setTimestamp(11, Timestamp.from(at));
        });
  }

  public void replaceUnits(int year, List<UnitEvaluation> evaluations, Instant at) {
    jdbc.update("DELETE FROM unit_evaluation WHERE eval_year = ?", year);
    jdbc.batchUpdate("INSERT INTO unit_evaluation (eval_year, unit_code, rating, registered, imported_at) VALUES (?, ?, ?, ?, ?)",
        evaluations, 200, (ps, e) -> {
          ps.setInt(1, year);
          ps.setString(2, e.unitCode());
          ps.setString(3, e.rating().name());
          ps.setBoolean(4, e.registered());
          ps.setTimestamp(5, Timestamp.from(at));
        });
  }

  /** What changes when a year's evaluations are imported again: how many, and when the last import was. */
  public String stamp(int year) {
    return jdbc.queryForObject("SELECT COUNT(*) || ':' || COALESCE(CAST(MAX(imported_at) AS VARCHAR(40)), '-') FROM person_evaluation"
        + " WHERE eval_year = ?", String.class, year)
        + "/" + jdbc.queryForObject("SELECT COUNT(*) || ':' || COALESCE(CAST(MAX(imported_at) AS VARCHAR(40)), '-') FROM unit_evaluation"
        + " WHERE eval_year = ?", String.class, year);
  }

  public List<PersonEvaluation> people(int year) {
    return jdbc.query("SELECT * FROM person_evaluation WHERE eval_year = ? ORDER BY username", EvaluationRepository::person, year);
  }

  public List<UnitEvaluation> units(int year) {
    return jdbc.query("SELECT * FROM unit_evaluation WHERE eval_year = ? ORDER BY unit_code",
        (rs, i) -> new UnitEvaluation(rs.getInt("eval_year"), rs.getString("unit_code"), Rating.valueOf(rs.getString("rating")),
            rs.getBoolean("registered")), year);
  }

  /** Every username ever imported into the organisation: evaluations of past years may name people who left. */
  private static PersonEvaluation person(ResultSet rs, int row) throws SQLException {
    return new PersonEvaluation(rs.getInt("eval_year"), rs.getString("username"), Rating.valueOf(rs.getString("rating")),
        rs.getInt("months_worked"), rs.getInt("absence_days"), DisciplineLevel.valueOf(rs.getString("discipline_level")),
        rs.getBoolean("under_investigation"), rs.getBoolean("registered"), InitiativeScope.valueOf(rs.getString("initiative_scope")),
        rs.getBoolean("accepted_science_work"));
  }
}
