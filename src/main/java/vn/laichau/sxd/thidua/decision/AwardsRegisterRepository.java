package vn.laichau.sxd.thidua.decision;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import vn.laichau.sxd.thidua.decision.AwardEntry.EntryKind;
import vn.laichau.sxd.thidua.organisation.SubjectType;

/** The append-only awards register: entries are inserted, never updated or deleted. */
@Repository
class AwardsRegisterRepository {

  private static final String IN_FORCE = "e.entry_kind <> 'REVOCATION'"
      + " AND NOT EXISTS (SELECT 1 FROM award_entry later WHERE later.replaces_entry_id = e.id)";

  private final JdbcTemplate jdbc;

  public AwardsRegisterRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public long insert(EntryKind kind, Long replaces, NewAward award, Instant at, String by) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      var ps = connection.prepareStatement("INSERT INTO award_entry (entry_kind, replaces_entry_id, subject_type, subject_id, award_year,"
          + " award_code, commendation_type, decision_number, decision_date, decided_by, amount_vnd, note, recorded_at, recorded_by)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"});
      ps.setString(1, kind.name());
      ps.setObject(2, replaces);
      ps.setString(3, award.subjectType().name());
      ps.setString(4, award.subjectId());
      ps.setInt(5, award.year());
      ps.setString(6, award.awardCode().name());
      ps.setString(7, award.commendationType().name());
      ps.setString(8, award.decisionNumber());
      ps.setDate(9, Date.valueOf(award.decisionDate()));
      ps.setString(10, award.decidedBy());
      ps.setObject(11, award.amountVnd());
      ps.setString(12, award.note());
      ps.setTimestamp(13, Timestamp.from(at));
      ps.setString(14, by);
      return ps;
    }, key);
    return key.getKey().longValue();
  }

  public Optional<AwardEntry> find(long id) {
    return jdbc.query("SELECT * FROM award_entry e WHERE id = ?", AwardsRegisterRepository::entry, id).stream().findFirst();
  }

  /** The entries with these ids, in force or not. */
  public List<AwardEntry> find(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    String in = String.join(",", ids.stream().map(id -> "?").toList());
    return jdbc.query("SELECT * FROM award_entry e WHERE id IN (" + in + ")", AwardsRegisterRepository::entry, ids.toArray());
  }

  /** The newest entry's id: the register is append-only, so any change gives a larger one. */
  public long lastEntryId() {
    return jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM award_entry", Long.class);
  }

  public boolean isInForce(long id) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM award_entry e WHERE e.id = ? AND " + IN_FORCE, Integer.class, id) > 0;
  }

  /** Every entry about the subject, corrections and revocations included, oldest first. */
  public List<AwardEntry> history(SubjectType type, String subjectId) {
    return jdbc.query("SELECT * FROM award_entry e WHERE subject_type = ? AND subject_id = ? ORDER BY award_year, id",
        AwardsRegisterRepository::entry, type.name(), subjectId);
  }

  public List<AwardEntry> inForce(SubjectType type, String subjectId) {
    return jdbc.query("SELECT * FROM award_entry e WHERE subject_type = ? AND subject_id = ? AND " + IN_FORCE + " ORDER BY award_year, id",
        AwardsRegisterRepository::entry, type.name(), subjectId);
  }

  /** The in-force entries of one award for every subject of a type: for counting many people's streaks in one read. */
  public List<AwardEntry> inForce(SubjectType type, AwardCode awardCode) {
    return jdbc.query("SELECT * FROM award_entry e WHERE subject_type = ? AND award_code = ? AND " + IN_FORCE + " ORDER BY award_year, id",
        AwardsRegisterRepository::entry, type.name(), awardCode.name());
  }

  public boolean isEmpty() {
    return jdbc.queryForObject("SELECT COUNT(*) FROM award_entry", Integer.class) == 0;
  }

  private static AwardEntry entry(ResultSet rs, int row) throws SQLException {
    long replaces = rs.getLong("replaces_entry_id");
    long amount = rs.getLong("amount_vnd");
    Long amountVnd = rs.wasNull() ? null : amount;
    return new AwardEntry(rs.getLong("id"), EntryKind.valueOf(rs.getString("entry_kind")), replaces == 0 ? null : replaces,
        SubjectType.valueOf(rs.getString("subject_type")), rs.getString("subject_id"), rs.getInt("award_year"),
        AwardCode.valueOf(rs.getString("award_code")), CommendationType.valueOf(rs.getString("commendation_type")), rs.getString("decision_number"),
        rs.getDate("decision_date").toLocalDate(), rs.getString("decided_by"), amountVnd, rs.getString("note"),
        rs.getTimestamp("recorded_at").toInstant(), rs.getString("recorded_by"));
  }
}
