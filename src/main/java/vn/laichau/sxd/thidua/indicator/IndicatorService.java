package vn.laichau.sxd.thidua.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import vn.laichau.sxd.thidua.engine.DmnTables;
import vn.laichau.sxd.thidua.registration.RegistrationService;

/**
 * The figures the system computes itself (indicator 4 from the exemplar register, indicator 6 from
 * the year's ratings) and the status of any figure against its target, by the decision indicator-status.
 */
@Service("indicators")
public class IndicatorService {

  /** The status of one figure and why. */
  public record Assessment(String status, String reason) {
  }

  private static final Pattern PERCENT = Pattern.compile("(\\d{1,3}(?:[.,]\\d{1,2})?)\\s*%");

  private final JdbcTemplate jdbc;
  private final DmnTables dmn;
  private final IndicatorProperties properties;
  private final RegistrationService registrations;

  public IndicatorService(JdbcTemplate jdbc, DmnTables dmn, IndicatorProperties properties, RegistrationService registrations) {
    this.jdbc = jdbc;
    this.dmn = dmn;
    this.properties = properties;
    this.registrations = registrations;
  }

  /** The plan's target (DOMAIN §8). */
  public BigDecimal target(Indicator indicator) {
    return properties.target(indicator);
  }

  /**
   * A unit's targets for the year: for a percentage indicator, the share the unit wrote in its accepted
   * registration ("giải quyết 98% hồ sơ đúng hạn" → 98) where it wrote one between 0 and 100%; otherwise,
   * and always for the counts (indicators 4 and 7), the plan's.
   */
  public Map<Indicator, BigDecimal> targets(int year, String unitCode) {
    Map<Integer, String> registered = registrations.commitments(year, unitCode).map(RegistrationService.Commitments::indicatorTexts)
        .orElse(Map.of());
    Map<Indicator, BigDecimal> targets = new EnumMap<>(Indicator.class);
    for (Indicator indicator : Indicator.values()) {
      Optional<BigDecimal> share = indicator.measure() == Indicator.Measure.PERCENT
          ? Optional.ofNullable(registered.get(indicator.number())).map(PERCENT::matcher).filter(Matcher::find)
              .map(m -> new BigDecimal(m.group(1).replace(',', '.'))).filter(s -> s.compareTo(BigDecimal.valueOf(100)) <= 0)
          : Optional.empty();
      targets.put(indicator, share.orElse(target(indicator)));
    }
    return targets;
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
    Map<String, Object> row = dmn.row("indicator-status", Map.of("indicator", indicator.number(), "actual", actual.doubleValue(),
        "target", target.doubleValue(), "interim", interim)).orElseThrow();
    return new Assessment((String) row.get("status"), (String) row.get("reason"));
  }

  private static Optional<BigDecimal> share(long part, long whole) {
    return whole == 0 ? Optional.empty()
        : Optional.of(BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP));
  }
}
