package vn.laichau.sxd.thidua.nomination;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Service;
import vn.laichau.sxd.thidua.engine.VariableJson;

/** What the round's forms show (bean {@code roundService}): the unit's pre-computed eligibility. */
@Service("roundService")
public class RoundService {

  private final EligibilityService eligibility;

  public RoundService(EligibilityService eligibility) {
    this.eligibility = eligibility;
  }

  /** One row per person and for the unit: awards they may be nominated for, and why not the others. */
  public TypedValue eligibilityView(int year, String unitCode) {
    ArrayNode rows = VariableJson.mapper().createArrayNode();
    for (NomineeEligibility nominee : eligibility.forUnit(year, unitCode)) {
      ObjectNode row = rows.addObject();
      row.put("name", nominee.name());
      row.put("subjectId", nominee.subjectId());
      row.put("eligible", nominee.awards().stream().filter(a -> a.status() == Eligibility.Status.ELIGIBLE)
          .map(a -> AwardCode.labelOf(a.awardCode())).collect(Collectors.joining(", ")));
      row.put("notEligible", nominee.awards().stream().filter(a -> a.status() != Eligibility.Status.ELIGIBLE)
          .map(a -> AwardCode.labelOf(a.awardCode()) + (a.status() == Eligibility.Status.ON_HOLD ? " (tạm hoãn)" : "") + ": "
              + a.reasons().stream().map(Eligibility.Reason::text).collect(Collectors.joining(" ")))
          .collect(Collectors.joining(" · ")));
    }
    return SpinValues.jsonValue(rows.toString()).create();
  }
}
