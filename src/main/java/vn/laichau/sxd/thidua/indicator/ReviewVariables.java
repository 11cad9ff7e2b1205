package vn.laichau.sxd.thidua.indicator;

import vn.laichau.sxd.thidua.engine.Variable;

/** The variables of {@code periodic-review}, by the step that writes them. */
final class ReviewVariables {

  // Start (form review-start, or the scheduler) and ReviewOpening
  static final Variable<Integer> YEAR = Variable.wholeNumber("year");
  static final Variable<ReviewKind> REVIEW_KIND = Variable.code("reviewKind", ReviewKind.class);
  static final Variable<String> REVIEW_KEY = Variable.text("reviewKey");
  static final Variable<String> REVIEW_NAME = Variable.text("reviewName");
  static final Variable<Boolean> INTERIM = Variable.flag("interim");
  static final Variable<Object> REPORT_DUE = Variable.value("reportDue");
  static final Variable<Integer> REMINDER_WORKING_DAYS = Variable.wholeNumber("reminderWorkingDays");

  // Each unit's report (multi-instance over the units), form review-unit
  static final Variable<String> UNIT_CODE = Variable.text("unitCode");
  static final Variable<String> UNIT_NAME = Variable.text("unitName");
  static final Variable<Object> COMPUTED_FIGURES = Variable.value("computedFigures");
  static final Variable<Object> REPORT = Variable.value("report");

  // Forms review-consolidate, review-council, review-approve
  static final Variable<Object> INDICATOR_TABLE = Variable.value("indicatorTable");
  static final Variable<String> SUMMARY = Variable.text("summary");
  static final Variable<CouncilOpinion> COUNCIL_DECISION = Variable.code("councilDecision", CouncilOpinion.class);
  static final Variable<String> COUNCIL_OPINION = Variable.text("councilOpinion");
  static final Variable<Boolean> APPROVED = Variable.flag("approved");
  static final Variable<Boolean> START_THEMATIC_ROUND = Variable.flag("startThematicRound");
  static final Variable<String> THEMATIC_ROUND_KEY = Variable.text("thematicRoundKey");

  private ReviewVariables() {
  }
}
