package vn.laichau.sxd.thidua.exemplar;

import java.util.List;
import vn.laichau.sxd.thidua.decision.AwardCode;
import vn.laichau.sxd.thidua.decision.CommendationType;
import vn.laichau.sxd.thidua.engine.Variable;

/** The variables of {@code exemplar-cycle}, by the step that writes them. */
final class ExemplarVariables {

  // Start, by ExemplarService
  static final Variable<Long> EXEMPLAR_ID = Variable.id("exemplarId");
  static final Variable<Integer> YEAR = Variable.wholeNumber("year");
  static final Variable<String> UNIT_CODE = Variable.text("unitCode");
  static final Variable<String> EXEMPLAR_NAME = Variable.text("exemplarName");

  // The reports of each step (ExemplarSteps reads their fields by the step's task)
  static final Variable<String> EVIDENCE = Variable.text("evidence");
  static final Variable<String> GOALS = Variable.text("goals");
  static final Variable<String> SUPPORT = Variable.text("support");
  static final Variable<String> MENTOR = Variable.text("mentor");
  static final Variable<String> MILESTONES = Variable.text("milestones");
  static final Variable<String> PROGRESS = Variable.text("progress");
  static final Variable<Integer> REPORTS_DONE = Variable.wholeNumber("reportsDone");
  static final Variable<Integer> REPORTS_PLANNED = Variable.wholeNumber("reportsPlanned");
  static final Variable<String> FOLLOW_UP_NOTE = Variable.text("followUpNote");
  static final Variable<String> RESULTS = Variable.text("results");
  static final Variable<String> LESSONS = Variable.text("lessons");
  static final Variable<String> ADOPTED = Variable.text("adopted");
  static final Variable<String> ADOPTION_RESULT = Variable.text("adoptionResult");

  // Form exemplar-screen
  static final Variable<ScreeningDecision> SCREENING_DECISION = Variable.code("screeningDecision", ScreeningDecision.class);
  static final Variable<String> SCREENING_NOTE = Variable.text("screeningNote");

  // The council: ExemplarCouncil, the session it calls, ExemplarCouncilOutcome
  static final Variable<String> COUNCIL_ITEM = Variable.text("councilItem");
  static final Variable<Long> SESSION_ID = Variable.id("sessionId");
  static final Variable<String> COUNCIL_OUTCOME = Variable.text("councilOutcome");

  // Form exemplar-conclusion, then one adoption report per adopting unit
  static final Variable<Object> UNIT_OPTIONS = Variable.value("unitOptions");
  static final Variable<Object> ADOPTING_UNIT_CODES = Variable.value("adoptingUnitCodes");
  static final Variable<Boolean> PROPOSE_COMMENDATION = Variable.flag("proposeCommendation");
  static final Variable<AwardCode> PROPOSED_AWARD = Variable.code("proposedAward", AwardCode.class);
  static final Variable<CommendationType> PROPOSED_TYPE = Variable.code("proposedType", CommendationType.class);
  static final Variable<List<String>> ADOPTING_UNITS = Variable.texts("adoptingUnits");
  static final Variable<String> ADOPTING_UNIT = Variable.text("adoptingUnit");

  // Message ExemplarDropped
  static final Variable<String> DROP_REASON = Variable.text("dropReason");
  static final Variable<String> DROPPED_BY = Variable.text("droppedBy");

  private ExemplarVariables() {
  }
}
