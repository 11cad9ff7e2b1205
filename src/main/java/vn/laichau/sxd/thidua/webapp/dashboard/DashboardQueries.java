package vn.laichau.sxd.thidua.webapp.dashboard;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.laichau.sxd.thidua.decision.AwardCode;
import vn.laichau.sxd.thidua.decision.CommendationType;
import vn.laichau.sxd.thidua.exemplar.ExemplarStatus;
import vn.laichau.sxd.thidua.exemplar.Stage;

/**
 * The dashboard's read model: one query per figure over the features' tables, limited to the units
 * a user may see. It only reads; every table it reads is written by its own feature.
 */
@Repository
class DashboardQueries {

  record IndicatorFigure(String unitCode, int indicator, BigDecimal target, BigDecimal actual, String status, String reason, String comment) {
  }

  record Review(String key, String kind) {
  }

  record UnitRegistration(String unitCode, String status) {
  }

  record Round(String key, int year, CommendationType type, String processInstanceId, Timestamp openedAt, long nominations) {

    /** The round as people name it. */
    String name() {
      return type.roundName(year, key);
    }
  }

  record Exemplar(String key, String unitCode, String name, Stage stage, ExemplarStatus status, String processInstanceId) {
  }

  record Award(AwardCode awardCode, String subjectType, String subjectId, String subjectName, String decisionNumber, LocalDate decisionDate,
      Long amountVnd) {
  }

  record TaskFigures(long open, long overdue, long dueSoon) {
  }

  /** Every unit when {@code units} is null; the SQL tests {@code :all} so one statement serves both. */
  private static final String IN_SCOPE = "(:all OR %s IN (:units))";
  private static final String AWARD_IN_FORCE = "e.entry_kind <> 'REVOCATION' AND NOT EXISTS "
      + "(SELECT 1 FROM award_entry later WHERE later.replaces_entry_id = e.id)";

  private final NamedParameterJdbcTemplate jdbc;

  DashboardQueries(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  private static MapSqlParameterSource params(int year, DashboardScope scope) {
    return new MapSqlParameterSource("year", year).addValue("all", scope.allUnits())
        .addValue("units", scope.allUnits() ? List.of("") : List.copyOf(scope.units()));
  }

  /**
   * The active tasks offered to each group (assigned ones included), those overdue at {@code now} and those due
   * after it but before {@code soon}: the engine's candidate-group query with assigned tasks, counted for every group
   * in one statement over the engine's documented runtime tables instead of three engine counts per group.
   */
  Map<String, TaskFigures> taskFigures(Collection<String> groups, Date now, Date soon) {
    Map<String, TaskFigures> figures = new HashMap<>();
    jdbc.query("SELECT l.GROUP_ID_, COUNT(*), SUM(CASE WHEN t.DUE_DATE_ < :now THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN t.DUE_DATE_ > :now AND t.DUE_DATE_ < :soon THEN 1 ELSE 0 END)"
            + " FROM ACT_RU_TASK t JOIN (SELECT DISTINCT TASK_ID_, GROUP_ID_ FROM ACT_RU_IDENTITYLINK"
            + " WHERE TYPE_ = 'candidate' AND GROUP_ID_ IN (:groups)) l ON l.TASK_ID_ = t.ID_"
            + " WHERE t.SUSPENSION_STATE_ = 1 GROUP BY l.GROUP_ID_",
        new MapSqlParameterSource("groups", List.copyOf(groups)).addValue("now", new Timestamp(now.getTime()))
            .addValue("soon", new Timestamp(soon.getTime())),
        rs -> {
          figures.put(rs.getString(1), new TaskFigures(rs.getLong(2), rs.getLong(3), rs.getLong(4)));
        });
    return figures;
  }

  /** The review whose figures stand for the year: the latest one opened. */
  Optional<Review> latestReview(int year) {
    return jdbc.query("SELECT review_key, review_kind FROM periodic_review WHERE review_year = :year ORDER BY opened_at DESC",
        Map.of("year", year), (rs, i) -> new Review(rs.getString(1), rs.getString(2))).stream().findFirst();
  }

  List<IndicatorFigure> indicatorFigures(String reviewKey, DashboardScope scope) {
    return jdbc.query("SELECT * FROM indicator_value WHERE review_key = :review AND " + IN_SCOPE.formatted("unit_code")
            + " ORDER BY unit_code, indicator_no", params(0, scope).addValue("review", reviewKey),
        (rs, i) -> new IndicatorFigure(rs.getString("unit_code"), rs.getInt("indicator_no"), rs.getBigDecimal("target"),
            rs.getBigDecimal("actual"), rs.getString("status"), rs.getString("status_reason"), rs.getString("comment")));
  }

  Optional<LocalDate> registrationDeadline(int year) {
    return jdbc.query("SELECT deadline FROM emulation_registration WHERE reg_year = :year", Map.of("year", year),
        (rs, i) -> rs.getDate(1).toLocalDate()).stream().findFirst();
  }

  List<UnitRegistration> registrations(int year, DashboardScope scope) {
    return jdbc.query("SELECT unit_code, status FROM unit_registration WHERE reg_year = :year AND " + IN_SCOPE.formatted("unit_code"),
        params(year, scope), (rs, i) -> new UnitRegistration(rs.getString(1), rs.getString(2)));
  }

  /** The year's rounds, and the rounds of other years still running ({@code running}: their process instances). */
  List<Round> rounds(int year, Set<String> running, DashboardScope scope) {
    return jdbc.query("""
        SELECT r.business_key, r.round_year, r.commendation_type, r.process_instance_id, r.opened_at,
          (SELECT COUNT(*) FROM nomination n WHERE n.round_key = r.business_key AND %s) AS nominations
        FROM commendation_round r WHERE r.round_year = :year OR r.process_instance_id IN (:running)
        ORDER BY r.opened_at""".formatted(IN_SCOPE.formatted("n.unit_code")),
        params(year, scope).addValue("running", running.isEmpty() ? Set.of("") : running),
        (rs, i) -> new Round(rs.getString("business_key"), rs.getInt("round_year"), CommendationType.valueOf(rs.getString("commendation_type")),
            rs.getString("process_instance_id"), rs.getTimestamp("opened_at"), rs.getLong("nominations")));
  }

  /** Every year the Department has data for: a registration, a round, a review or the year's ratings. */
  Set<Integer> yearsWithData() {
    return new TreeSet<>(jdbc.getJdbcTemplate().queryForList("""
        SELECT reg_year FROM emulation_registration UNION SELECT round_year FROM commendation_round
        UNION SELECT review_year FROM periodic_review UNION SELECT eval_year FROM person_evaluation""", Integer.class));
  }

  List<Exemplar> exemplars(int year, DashboardScope scope) {
    return jdbc.query("SELECT business_key, unit_code, name, stage, status, process_instance_id FROM exemplar WHERE reg_year = :year AND "
            + IN_SCOPE.formatted("unit_code") + " ORDER BY unit_code, business_key", params(year, scope),
        (rs, i) -> new Exemplar(rs.getString(1), rs.getString(2), rs.getString(3), Stage.valueOf(rs.getString(4)),
            ExemplarStatus.valueOf(rs.getString(5)), rs.getString(6)));
  }

  /** The year's awards in force, for the people and collectives of the units in scope. */
  List<Award> awards(int year, DashboardScope scope) {
    return jdbc.query("""
        SELECT e.award_code, e.subject_type, e.subject_id, COALESCE(p.full_name, u.name, e.subject_id) AS subject_name,
          e.decision_number, e.decision_date, e.amount_vnd
        FROM award_entry e
        LEFT JOIN person p ON e.subject_type = 'INDIVIDUAL' AND p.username = e.subject_id
        LEFT JOIN org_unit u ON e.subject_type = 'COLLECTIVE' AND u.code = e.subject_id
        WHERE e.award_year = :year AND %s AND %s
        ORDER BY e.award_code, subject_name""".formatted(AWARD_IN_FORCE, IN_SCOPE.formatted("COALESCE(p.unit_code, u.code)")),
        params(year, scope), (rs, i) -> new Award(AwardCode.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
            rs.getDate(6).toLocalDate(), (Long) rs.getObject(7, Long.class)));
  }
}
