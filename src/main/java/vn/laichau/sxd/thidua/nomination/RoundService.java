package vn.laichau.sxd.thidua.nomination;

import static vn.laichau.sxd.thidua.nomination.RoundVariables.COMMENDATION_TYPE;
import static vn.laichau.sxd.thidua.nomination.RoundVariables.UNIT_CODE;
import static vn.laichau.sxd.thidua.nomination.RoundVariables.YEAR;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Service;
import vn.laichau.sxd.thidua.decision.AwardCode;
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

  /** A row of the table of what cannot be proposed now: who, and which awards for which reason (each reason once). */
  record BarredRow(String name, String reasons) {
  }

  /**
   * A line of the unit head's picker: a possible nominee with the awards they may be proposed for
   * ({@code choices}), what is ticked ({@code awardCodes}), and the awards that ask for an achievement summary.
   */
  record NominationChoiceRow(String subjectId, String name, List<FormRows.Choice> choices, List<AwardCode> awardCodes, List<AwardCode> summaryFor,
      String achievementSummary) {
  }


  /** A row of the exemplars the council proposed for commendation. */
  record ExemplarProposalRow(String exemplar, String owner, String award) {
  }

  /** A row of what the Director decides. */
  record ResultRow(String name, String award, String outcome, String decider) {
  }

  private final EligibilityLists eligibility;
  private final EligibilityDiary eligibilityDiary;
  private final NominationService nominationRules;
  private final OrganisationService organisation;
  private final RoundRepository rounds;
  private final AwardRouting routing;
  private final ExemplarService exemplars;
  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final IdentityService identityService;

  RoundService(EligibilityLists eligibility, EligibilityDiary eligibilityDiary, NominationService nominationRules,
      OrganisationService organisation, RoundRepository rounds, AwardRouting routing, ExemplarService exemplars,
      RuntimeService runtimeService, TaskService taskService, IdentityService identityService) {
    this.eligibilityDiary = eligibilityDiary;
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.identityService = identityService;
    this.exemplars = exemplars;
    this.eligibility = eligibility;
    this.nominationRules = nominationRules;
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
   * The people and the unit that cannot be proposed for some award now, with the reasons (on hold
   * or not eligible); awards that the round's type never gives are left out. Asked once when a
   * unit's part of the round starts: the list it computes goes into the round's diary as well.
   */
  public TypedValue eligibilityView(int year, String unitCode, String commendationType, String roundKey) {
    List<NomineeEligibility> nominees = eligibility.forRound(year, unitCode, CommendationType.valueOf(commendationType));
    eligibilityDiary.record(roundKey, unitCode, nominees);
    return FormRows.of(nominees.stream()
        .map(nominee -> new BarredRow(nominee.label(), nominee.barredReasons()))
        .filter(row -> !row.reasons().isEmpty())
        .toList());
  }

  /**
   * The unit head's picker: every person of the unit and the unit itself that may be proposed for
   * at least one award, with those awards to tick; what the unit sent before (a return) is ticked again.
   */
  public TypedValue nominationChoices(int year, String unitCode, String commendationType, String roundKey) {
    CommendationType type = CommendationType.valueOf(commendationType);
    Map<String, List<Nominee>> sent = rounds.unitNominees(roundKey, unitCode).stream()
        .collect(Collectors.groupingBy(Nominee::subjectId));
    // The dossier's rule depends on the award and the round's type only: asked once per award, not per person.
    Set<AwardCode> askSummary = Stream.of(AwardCode.values()).filter(award -> nominationRules.needsSummary(award, type))
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(AwardCode.class)));
    return FormRows.of(eligibility.forRound(year, unitCode, type).stream()
        .map(nominee -> Map.entry(nominee, nominee.eligibleAwards()))
        .filter(entry -> !entry.getValue().isEmpty())
        .map(entry -> {
          NomineeEligibility nominee = entry.getKey();
          List<AwardCode> awards = entry.getValue();
          List<Nominee> before = sent.getOrDefault(nominee.subjectId(), List.of());
          return new NominationChoiceRow(nominee.subjectId(), nominee.label(),
              awards.stream().map(a -> new FormRows.Choice(a.label(), a.name())).toList(),
              before.stream().map(Nominee::awardCode).toList(),
              awards.stream().filter(askSummary::contains).toList(),
              before.stream().map(Nominee::achievementSummary).filter(Objects::nonNull).findFirst().orElse(null));
        })
        .toList());
  }

  /** The round's type while the unit's nomination task in it is open (the unit may still change its dossier), else empty. */
  public Optional<CommendationType> openNomination(String roundKey, String unitCode) {
    return AsApplication.call(identityService, () -> taskService.createTaskQuery().processInstanceBusinessKey(roundKey)
        .taskDefinitionKey("nominate").list().stream()
        .anyMatch(task -> unitCode.equals(taskService.getVariable(task.getId(), UNIT_CODE.name()))))
        ? rounds.round(roundKey).map(RoundRepository.RoundInfo::commendationType) : Optional.empty();
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
