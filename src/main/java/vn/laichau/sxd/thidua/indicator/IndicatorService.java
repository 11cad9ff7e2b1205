package vn.laichau.sxd.thidua.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import vn.laichau.sxd.thidua.engine.DecisionRow;
import vn.laichau.sxd.thidua.engine.DmnTables;
import vn.laichau.sxd.thidua.evaluation.EvaluationService;
import vn.laichau.sxd.thidua.evaluation.PersonEvaluation;
import vn.laichau.sxd.thidua.evaluation.Rating;
import vn.laichau.sxd.thidua.exemplar.ExemplarService;
import vn.laichau.sxd.thidua.organisation.OrganisationService;
import vn.laichau.sxd.thidua.organisation.StaffMember;
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

  private final DmnTables dmn;
  private final IndicatorProperties properties;
  private final RegistrationService registrations;
  private final ExemplarService exemplars;
  private final EvaluationService evaluations;
  private final OrganisationService organisation;

  IndicatorService(DmnTables dmn, IndicatorProperties properties, RegistrationService registrations, ExemplarService exemplars,
      EvaluationService evaluations, OrganisationService organisation) {
    this.exemplars = exemplars;
    this.evaluations = evaluations;
    this.organisation = organisation;
    this.dmn = dmn;
    this.properties = properties;
    this.registrations = registrations;
  }

  /** The plan's target (DOMAIN §8). */
  public BigDecimal target(Indicator indicator) {
    return properties.target(indicator);
  }

  /**
   * A unit's targets for the year: the figure the unit registered (indicators 1–6); for a registration
   * sent before figures were asked, the share written in a percentage indicator's text ("giải quyết
   * 98% hồ sơ đúng hạn" → 98) where it wrote one between 0 and 100%; otherwise, and always for
   * indicator 7, the plan's.
   */
  public Map<Indicator, BigDecimal> targets(int year, String unitCode) {
    Optional<RegistrationService.Commitments> commitments = registrations.commitments(year, unitCode);
    Map<Integer, BigDecimal> figures = commitments.map(RegistrationService.Commitments::targets).orElse(Map.of());
    Map<Integer, String> texts = commitments.map(RegistrationService.Commitments::indicatorTexts).orElse(Map.of());
    Map<Indicator, BigDecimal> targets = new EnumMap<>(Indicator.class);
    for (Indicator indicator : Indicator.values()) {
      Optional<BigDecimal> share = indicator.measure() == Indicator.Measure.PERCENT
          ? Optional.ofNullable(texts.get(indicator.number())).map(PERCENT::matcher).filter(Matcher::find)
              .map(m -> new BigDecimal(m.group(1).replace(',', '.'))).filter(s -> s.compareTo(BigDecimal.valueOf(100)) <= 0)
          : Optional.empty();
      targets.put(indicator, Optional.ofNullable(figures.get(indicator.number())).or(() -> share).orElse(target(indicator)));
    }
    return targets;
  }

  /** The computed figure of indicator 4 or 6 for a unit and year; empty when there is nothing to compute it from. */
  public Optional<BigDecimal> computed(Indicator indicator, int year, String unitCode) {
    return switch (indicator.source()) {
      case EXEMPLAR_REGISTER -> Optional.of(BigDecimal.valueOf(exemplars.carriedThroughAllSteps(year, unitCode)));
      case RATINGS -> wellRatedShare(year, unitCode);
      case REPORTED -> Optional.empty();
    };
  }

  /** How a figure stands against its target; at a six-month review a shortfall is a risk, not yet a miss. */
  public Assessment assess(Indicator indicator, BigDecimal actual, BigDecimal target, boolean interim) {
    DecisionRow row = dmn.row("indicator-status", Map.of("indicator", indicator.number(), "actual", actual.doubleValue(),
        "target", target.doubleValue(), "interim", interim)).orElseThrow();
    return new Assessment(row.text("status"), row.text("reason"));
  }

  /** Indicator 6: the share of the unit's people rated HTTNV or better among those rated in the year. */
  private Optional<BigDecimal> wellRatedShare(int year, String unitCode) {
    Set<String> staff = organisation.staffOf(unitCode).stream().map(StaffMember::username).collect(Collectors.toSet());
    List<Rating> ratings = evaluations.people(year).stream().filter(e -> staff.contains(e.username())).map(PersonEvaluation::rating).toList();
    return share(ratings.stream().filter(Rating::completedWell).count(), ratings.size());
  }

  private static Optional<BigDecimal> share(long part, long whole) {
    return whole == 0 ? Optional.empty()
        : Optional.of(BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP));
  }
}
