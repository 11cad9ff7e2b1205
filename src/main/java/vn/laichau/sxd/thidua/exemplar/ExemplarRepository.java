package vn.laichau.sxd.thidua.exemplar;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;
import vn.laichau.sxd.thidua.decision.AwardCode;
import vn.laichau.sxd.thidua.decision.CommendationType;

/** The exemplar register and its history. */
@Repository
class ExemplarRepository {

  /** One exemplar as the register holds it. */
  public record Exemplar(long id, String businessKey, int year, String unitCode, String name, String kind, String owner,
      String expectedResult, Stage stage, ExemplarStatus status, Instant startedAt, Instant endedAt, AwardCode proposedAward,
      CommendationType proposedType) {
  }

  /** One step of an exemplar's history. */
  public record Event(Stage stage, String event, String unitCode, String note, String recordedBy, Instant recordedAt) {
  }

  private static final String COLUMNS = "SELECT id, business_key, reg_year, unit_code, name, kind, owner, expected_result, stage, status,"
      + " started_at, ended_at, proposed_award, proposed_type FROM exemplar";
  private static final RowMapper<Exemplar> EXEMPLAR = (rs, i) -> new Exemplar(rs.getLong("id"), rs.getString("business_key"),
      rs.getInt("reg_year"), rs.getString("unit_code"), rs.getString("name"), rs.getString("kind"), rs.getString("owner"),
      rs.getString("expected_result"), Stage.valueOf(rs.getString("stage")), ExemplarStatus.valueOf(rs.getString("status")),
      rs.getTimestamp("started_at").toInstant(), rs.getTimestamp("ended_at") == null ? null : rs.getTimestamp("ended_at").toInstant(),
      rs.getString("proposed_award") == null ? null : AwardCode.valueOf(rs.getString("proposed_award")),
      rs.getString("proposed_type") == null ? null : CommendationType.valueOf(rs.getString("proposed_type")));

  private final JdbcTemplate jdbc;

  public ExemplarRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public boolean exists(int year, String unitCode, int candidateIndex) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM exemplar WHERE reg_year = ? AND unit_code = ? AND candidate_index = ?", Integer.class,
        year, unitCode, candidateIndex) > 0;
  }

  public int countOf(int year) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM exemplar WHERE reg_year = ?", Integer.class, year);
  }

  public long insert(String businessKey, int year, String unitCode, int candidateIndex, String name, String kind, String owner,
      String expectedResult, Instant at) {
    jdbc.update("INSERT INTO exemplar (business_key, reg_year, unit_code, candidate_index, name, kind, owner, expected_result, stage, status,"
        + " started_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", businessKey, year, unitCode, candidateIndex, name, kind, owner,
        expectedResult, Stage.PHAT_HIEN.name(), ExemplarStatus.ACTIVE.name(), Timestamp.from(at));
    return jdbc.queryForObject("SELECT id FROM exemplar WHERE business_key = ?", Long.class, businessKey);
  }

  public void linkProcess(long id, String processInstanceId) {
    jdbc.update("UPDATE exemplar SET process_instance_id = ? WHERE id = ?", processInstanceId, id);
  }

  public Exemplar find(long id) {
    return jdbc.queryForObject(COLUMNS + " WHERE id = ?", EXEMPLAR, id);
  }

  public List<Exemplar> list(Integer year, String unitCode) {
    List<Object> arguments = new ArrayList<>();
    StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    if (year != null) {
      where.append(" AND reg_year = ?");
      arguments.add(year);
    }
    if (unitCode != null) {
      where.append(" AND unit_code = ?");
      arguments.add(unitCode);
    }
    return jdbc.query(COLUMNS + where + " ORDER BY reg_year, unit_code, id", EXEMPLAR, arguments.toArray());
  }

  /** The year's exemplars of the unit that the council proposed for commendation in a round of this type. */
  public List<Exemplar> proposals(int year, String unitCode, CommendationType commendationType) {
    return jdbc.query(COLUMNS + " WHERE reg_year = ? AND unit_code = ? AND proposed_type = ? ORDER BY id", EXEMPLAR, year, unitCode,
        commendationType.name());
  }

  public void setStage(long id, Stage stage) {
    jdbc.update("UPDATE exemplar SET stage = ? WHERE id = ?", stage.name(), id);
  }

  public void end(long id, ExemplarStatus status, Instant at) {
    jdbc.update("UPDATE exemplar SET status = ?, ended_at = ? WHERE id = ?", status.name(), Timestamp.from(at), id);
  }

  public void propose(long id, AwardCode awardCode, CommendationType commendationType) {
    jdbc.update("UPDATE exemplar SET proposed_award = ?, proposed_type = ? WHERE id = ?", awardCode.name(), commendationType.name(), id);
  }

  public void event(long id, Stage stage, String event, String unitCode, String note, String by, Instant at) {
    jdbc.update("INSERT INTO exemplar_event (exemplar_id, stage, event, unit_code, note, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        id, stage.name(), event, unitCode, note, by, Timestamp.from(at));
  }

  /** The history of each of the exemplars, in one query, by exemplar id. */
  public Map<Long, List<Event>> events(List<Long> ids) {
    Map<Long, List<Event>> events = new HashMap<>();
    if (ids.isEmpty()) {
      return events;
    }
    String in = String.join(",", ids.stream().map(id -> "?").toList());
    jdbc.query("SELECT exemplar_id, stage, event, unit_code, note, recorded_by, recorded_at FROM exemplar_event WHERE exemplar_id IN ("
        + in + ") ORDER BY id", rs -> {
          events.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(new Event(Stage.valueOf(rs.getString(2)), rs.getString(3),
              rs.getString(4), rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant()));
        }, ids.toArray());
    return events;
  }
}
