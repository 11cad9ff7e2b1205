package vn.laichau.sxd.thidua.indicator;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/** Periodic reviews and the indicator figures reported in them. */
@Repository
class ReviewRepository {

  public record Review(String key, int year, ReviewKind kind, String status, String summary, String councilOpinion,
      String thematicRoundKey) {
  }

  public record IndicatorValue(String unitCode, int indicator, BigDecimal target, BigDecimal actual, String status, String statusReason,
      String comment) {
  }

  private static final RowMapper<Review> REVIEW = (rs, i) -> new Review(rs.getString("review_key"), rs.getInt("review_year"),
      ReviewKind.valueOf(rs.getString("review_kind")), rs.getString("status"), rs.getString("summary"), rs.getString("council_opinion"),
      rs.getString("thematic_round_key"));

  private final JdbcTemplate jdbc;

  public ReviewRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public boolean exists(int year, ReviewKind kind) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM periodic_review WHERE review_year = ? AND review_kind = ?", Integer.class,
        year, kind.name()) > 0;
  }

  public void open(String key, int year, ReviewKind kind, String processInstanceId, Instant at) {
    jdbc.update("INSERT INTO periodic_review (review_key, review_year, review_kind, process_instance_id, status, opened_at) "
        + "VALUES (?, ?, ?, ?, 'OPEN', ?)", key, year, kind.name(), processInstanceId, Timestamp.from(at));
  }

  public Optional<Review> find(String key) {
    return jdbc.query("SELECT * FROM periodic_review WHERE review_key = ?", REVIEW, key).stream().findFirst();
  }

  public void saveSummary(String key, String summary) {
    jdbc.update("UPDATE periodic_review SET summary = ? WHERE review_key = ?", summary, key);
  }

  public void saveCouncilOpinion(String key, String opinion) {
    jdbc.update("UPDATE periodic_review SET council_opinion = ? WHERE review_key = ?", opinion, key);
  }

  public void approve(String key, String by, Instant at) {
    jdbc.update("UPDATE periodic_review SET status = 'APPROVED', approved_by = ?, approved_at = ? WHERE review_key = ?", by,
        Timestamp.from(at), key);
  }

  public void saveThematicRound(String key, String roundKey) {
    jdbc.update("UPDATE periodic_review SET thematic_round_key = ? WHERE review_key = ?", roundKey, key);
  }

  /** Writes one figure of one unit: a report sent again after a return replaces the earlier one. */
  public void saveValue(String key, IndicatorValue value, String reportedBy, Instant at) {
    int updated = jdbc.update("UPDATE indicator_value SET target = ?, actual = ?, status = ?, status_reason = ?, comment = ?, "
            + "reported_by = ?, reported_at = ? WHERE review_key = ? AND unit_code = ? AND indicator_no = ?",
        value.target(), value.actual(), value.status(), value.statusReason(), value.comment(), reportedBy, Timestamp.from(at), key,
        value.unitCode(), value.indicator());
    if (updated == 0) {
      jdbc.update("INSERT INTO indicator_value (review_key, unit_code, indicator_no, target, actual, status, status_reason, comment, "
              + "reported_by, reported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", key, value.unitCode(), value.indicator(),
          value.target(), value.actual(), value.status(), value.statusReason(), value.comment(), reportedBy, Timestamp.from(at));
    }
  }

  public List<IndicatorValue> values(String key) {
    return jdbc.query("SELECT * FROM indicator_value WHERE review_key = ? ORDER BY unit_code, indicator_no",
        (rs, i) -> new IndicatorValue(rs.getString("unit_code"), rs.getInt("indicator_no"), rs.getBigDecimal("target"),
            rs.getBigDecimal("actual"), rs.getString("status"), rs.getString("status_reason"), rs.getString("comment")), key);
  }
}
