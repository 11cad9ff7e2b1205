package vn.laichau.sxd.thidua.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import vn.laichau.sxd.thidua.engine.Decisions;

/**
 * The figures the system computes itself (indicator 4 from the exemplar register, indicator 6 from
 * the year's ratings) and the status of any figure against its target, by the decision indicator-status.
 */
@Service("indicators")
public class IndicatorService {

  /** The status of one figure and why. */
  public record Assessment(String status, String reason) {
  }

  private final JdbcTemplate jdbc;
  private final Decisions decisions;
  private final IndicatorProperties properties;

  public IndicatorService(JdbcTemplate jdbc, Decisions decisions, IndicatorProperties properties) {
    this.jdbc = jdbc;
    this.decisions = decisions;
    this.properties = properties;
  }

  public BigDecimal target(Indicator indicator) {
    return properties.target(indicator);
  }

  /** The computed figure of indicator 4 or 6 for a unit and year; empty when there is nothing to compute it from. */
  public Optional<BigDecimal> computed(Indicator indicator, int year, String unitCode) {
    return switch (indicator.source()) {
      case EXEMPLAR_REGISTER -> Optional.of(BigDecimal.valueOf(jdbc.queryForObject(
          "SELECT COUNT(*) FROM exemplar WHERE reg_year = ? AND unit_code = ? AND status = 'DONE'", Long.class, year, unitCode)));
      case RATINGS -> jdbc.query("""
          SELECT COUNT(*) AS rated, COALESCE(SUM(CASE WHEN e.rating IN ('HTXSNV', 'HTTNV') THEN 1 ELSE 0 END), 0) AS well
          FROM person_evaluation e JOIN person p ON p.username = e.username
          WHERE e.eval_year = ? AND p.unit_code = ?""", (rs, i) -> share(rs.getLong("well"), rs.getLong("rated")), year, unitCode)
          .get(0);
      case REPORTED -> Optional.empty();
    };
  }

  /** How a figure stands against its target; at a six-month review a shortfall is a risk, not yet a miss. */
  public Assessment assess(Indicator indicator, BigDecimal actual, BigDecimal target, boolean interim) {
    Map<String, Object> row = decisions.row("indicator-status", Map.of("indicator", indicator.number(), "actual", actual.doubleValue(),
        "target", target.doubleValue(), "interim", interim)).orElseThrow();
    return new Assessment((String) row.get("status"), (String) row.get("reason"));
  }

  private static Optional<BigDecimal> share(long part, long whole) {
    return whole == 0 ? Optional.empty()
        : Optional.of(BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP));
  }
}
