package vn.laichau.sxd.thidua.nomination;

import static vn.laichau.sxd.thidua.nomination.RoundVariables.COMMENDATION_TYPE;
import static vn.laichau.sxd.thidua.nomination.RoundVariables.YEAR;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Service;
import vn.laichau.sxd.thidua.decision.AwardRouting;
import vn.laichau.sxd.thidua.decision.CommendationType;
import vn.laichau.sxd.thidua.engine.AsApplication;
import vn.laichau.sxd.thidua.engine.FormRows;
import vn.laichau.sxd.thidua.exemplar.ExemplarService;
import vn.laichau.sxd.thidua.indicator.ThematicRounds;
import vn.laichau.sxd.thidua.organisation.OrganisationService;

/** What the round's model and forms ask (bean {@code roundService}): who takes part and who is eligible. */
@Service("roundService")
public class RoundService implements ThematicRounds {

  /** A row of the unit head's eligibility table. */
  record EligibilityRow(String name, String subjectId, String eligible, String notEligible) {
  }

  /** A row of the exemplars the council proposed for commendation. */
  record ExemplarProposalRow(String exemplar, String owner, String award) {
  }

  /** A row of what the Director decides. */
  record ResultRow(String name, String award, String outcome, String decider) {
  }

  private final EligibilityService eligibility;
  private final OrganisationService organisation;
  private final RoundRepository rounds;
  private final AwardRouting routing;
  private final ExemplarService exemplars;
  private final RuntimeService runtimeService;
  private final IdentityService identityService;

  RoundService(EligibilityService eligibility, OrganisationService organisation, RoundRepository rounds, AwardRouting routing,
      ExemplarService exemplars, RuntimeService runtimeService, IdentityService identityService) {
    this.runtimeService = runtimeService;
    this.identityService = identityService;
    this.exemplars = exemplars;
    this.eligibility = eligibility;
    this.organisation = organisation;
    this.rounds = rounds;
    this.routing = routing;
  }

  @Override
  public String startThematic(int year) {
    return AsApplication.call(identityService, () -> runtimeService.startProcessInstanceByKey("commendation-round",
        Map.of(YEAR.name(), year, COMMENDATION_TYPE.name(), CommendationType.CHUYEN_DE.name()))).getBusinessKey();
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
    return FormRows.of(eligibility.forRound(year, unitCode, CommendationType.valueOf(commendationType)).stream()
        .map(nominee -> new EligibilityRow(nominee.name(), nominee.subjectId(),
            nominee.awards().stream().filter(a -> a.status() == Eligibility.Status.ELIGIBLE)
                .map(a -> a.awardCode().label()).collect(Collectors.joining(", ")),
            nominee.awards().stream().filter(a -> a.status() != Eligibility.Status.ELIGIBLE)
                .filter(a -> a.reasons().stream().noneMatch(r -> r.code().equals("NOT_AD_HOC")))
                .map(a -> a.awardCode().label() + (a.status() == Eligibility.Status.ON_HOLD ? " (tạm hoãn)" : "") + ": "
                    + a.reasons().stream().map(Eligibility.Reason::text).collect(Collectors.joining(" ")))
                .collect(Collectors.joining(" · "))))
        .toList());
  }

  /** The unit's exemplars that the council proposed for commendation in this type of round, for the unit head to nominate. */
  public TypedValue exemplarProposals(int year, String unitCode, String commendationType) {
    return FormRows.of(exemplars.proposals(year, unitCode, CommendationType.valueOf(commendationType)).stream()
        .map(p -> new ExemplarProposalRow(p.exemplarName(), p.owner(), p.awardCode().label())).toList());
  }

  /** What the Director sees before deciding: each accepted item, the council's result and who decides it. */
  public TypedValue resultsView(String roundKey) {
    return FormRows.of(rounds.nominees(roundKey, NominationStatus.ACCEPTED).stream()
        .map(n -> new ResultRow(n.subjectName(), n.awardCode().label(), n.outcome() == null ? "Chưa có kết quả" : n.outcome().label(),
            routing.byTheDirector(n.awardCode()) ? "Giám đốc Sở quyết định" : "Trình cấp trên quyết định"))
        .toList());
  }
}
