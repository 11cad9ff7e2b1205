package vn.laichau.sxd.thidua.nomination;

import java.util.Map;
import org.springframework.stereotype.Component;
import vn.laichau.sxd.thidua.engine.Decisions;

/** Who decides an award, at which level, and how long its list is disclosed (decision {@code award-routing}). */
@Component
public class AwardRouting {

  static final String DIRECTOR = "GIAM_DOC_SO";

  private final Decisions decisions;

  public AwardRouting(Decisions decisions) {
    this.decisions = decisions;
  }

  public String decider(String awardCode) {
    return (String) route(awardCode).get("decider");
  }

  public String level(String awardCode) {
    return (String) route(awardCode).get("level");
  }

  public int disclosureDays(String awardCode) {
    return ((Number) route(awardCode).get("disclosureDays")).intValue();
  }

  public boolean byTheDirector(String awardCode) {
    return DIRECTOR.equals(decider(awardCode));
  }

  private Map<String, Object> route(String awardCode) {
    return decisions.row("award-routing", Map.of("awardCode", awardCode))
        .orElseThrow(() -> new IllegalStateException("award-routing has no row for " + awardCode));
  }
}
