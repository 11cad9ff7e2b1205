package vn.laichau.sxd.thidua.nomination;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Service;
import vn.laichau.sxd.thidua.engine.VariableJson;
import vn.laichau.sxd.thidua.exemplar.ExemplarService;
import vn.laichau.sxd.thidua.organisation.OrganisationService;

/** What the round's model and forms ask (bean {@code roundService}): who takes part and who is eligible. */
@Service("roundService")
public class RoundService {

  private static final Map<String, String> OUTCOMES =
      Map.of("PASSED", "Thông qua", "FAILED", "Không thông qua", "NO_VOTE", "Khen đột xuất, không cần bỏ phiếu");

  private final EligibilityService eligibility;
  private final OrganisationService organisation;
  private final RoundRepository rounds;
  private final AwardRouting routing;
  private final ExemplarService exemplars;

  public RoundService(EligibilityService eligibility, OrganisationService organisation, RoundRepository rounds, AwardRouting routing,
      ExemplarService exemplars) {
    this.exemplars = exemplars;
    this.eligibility = eligibility;
    this.organisation = organisation;
    this.rounds = rounds;
    this.routing = routing;
  }

  /**
   * The units that nominate: the proposing unit of an ad hoc round, otherwise every active unit
   * (the model's expression language hands a missing unit over as an empty text).
   */
  public List<String> participatingUnits(String proposingUnit) {
    return proposingUnit == null || proposingUnit.isBlank() ? organisation.activeUnitCodes() : List.of(proposingUnit);
  }

  /**
   * One row per person and for the unit: awards they may be nominated for in this type of round,
   * and why not the others (awards that the round's type never gives are left out).
   */
  public TypedValue eligibilityView(int year, String unitCode, String commendationType) {
    ArrayNode rows = VariableJson.mapper().createArrayNode();
    for (NomineeEligibility nominee : eligibility.forRound(year, unitCode, commendationType)) {
      ObjectNode row = rows.addObject();
      row.put("name", nominee.name());
      row.put("subjectId", nominee.subjectId());
      row.put("eligible", nominee.awards().stream().filter(a -> a.status() == Eligibility.Status.ELIGIBLE)
          .map(a -> AwardCode.labelOf(a.awardCode())).collect(Collectors.joining(", ")));
      row.put("notEligible", nominee.awards().stream().filter(a -> a.status() != Eligibility.Status.ELIGIBLE)
          .filter(a -> a.reasons().stream().noneMatch(r -> r.code().equals("NOT_AD_HOC")))
          .map(a -> AwardCode.labelOf(a.awardCode()) + (a.status() == Eligibility.Status.ON_HOLD ? " (tạm hoãn)" : "") + ": "
              + a.reasons().stream().map(Eligibility.Reason::text).collect(Collectors.joining(" ")))
          .collect(Collectors.joining(" · ")));
    }
    return SpinValues.jsonValue(rows.toString()).create();
  }

  /** The unit's exemplars that the council proposed for commendation in this type of round, for the unit head to nominate. */
  public TypedValue exemplarProposals(int year, String unitCode, String commendationType) {
    ArrayNode rows = VariableJson.mapper().createArrayNode();
    exemplars.proposals(year, unitCode, commendationType).forEach(p -> rows.addObject().put("exemplar", p.exemplarName())
        .put("owner", p.owner()).put("award", AwardCode.labelOf(p.awardCode())));
    return SpinValues.jsonValue(rows.toString()).create();
  }

  /** What the Director sees before deciding: each accepted item, the council's result and who decides it. */
  public TypedValue resultsView(String roundKey) {
    ArrayNode rows = VariableJson.mapper().createArrayNode();
    for (RoundRepository.Nominee nominee : rounds.nominees(roundKey, "ACCEPTED")) {
      rows.addObject().put("name", nominee.subjectName()).put("award", AwardCode.labelOf(nominee.awardCode()))
          .put("outcome", OUTCOMES.getOrDefault(String.valueOf(nominee.outcome()), "Chưa có kết quả"))
          .put("decider", routing.byTheDirector(nominee.awardCode()) ? "Giám đốc Sở quyết định" : "Trình cấp trên quyết định");
    }
    return SpinValues.jsonValue(rows.toString()).create();
  }
}
