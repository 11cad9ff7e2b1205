package vn.laichau.sxd.thidua.decision;

import java.util.Map;
import org.springframework.stereotype.Component;
import vn.laichau.sxd.thidua.engine.DecisionRow;
import vn.laichau.sxd.thidua.engine.DmnTables;

/** Who decides an award, at which level, and how long its list is disclosed (decision {@code award-routing}). */
@Component
public class AwardRouting {

  /** The decider code of the Director of the Department in {@code award-routing}. */
  public static final String DIRECTOR = "GIAM_DOC_SO";

  private final DmnTables dmn;

  AwardRouting(DmnTables dmn) {
    this.dmn = dmn;
  }

  public String decider(AwardCode awardCode) {
    return route(awardCode).text("decider");
  }

  public String level(AwardCode awardCode) {
    return route(awardCode).text("level");
  }

  public int disclosureDays(AwardCode awardCode) {
    return route(awardCode).wholeNumber("disclosureDays");
  }

  public boolean byTheDirector(AwardCode awardCode) {
    return DIRECTOR.equals(decider(awardCode));
  }

  private DecisionRow route(AwardCode awardCode) {
    return dmn.row("award-routing", Map.of("awardCode", awardCode.name()))
        .orElseThrow(() -> new IllegalStateException("award-routing has no row for " + awardCode));
  }
}
