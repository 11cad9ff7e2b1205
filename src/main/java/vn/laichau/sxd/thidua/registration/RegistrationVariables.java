package vn.laichau.sxd.thidua.registration;

import java.util.List;
import java.util.Map;
import vn.laichau.sxd.thidua.engine.Variable;
import vn.laichau.sxd.thidua.engine.VariableJson;
import vn.laichau.sxd.thidua.registration.RegistrationContent.Candidate;
import vn.laichau.sxd.thidua.review.ReviewDecision;

/** The variables of {@code emulation-registration}, by the step that writes them. */
final class RegistrationVariables {

  // Start (form registration-start) and RegistrationOpening
  /** The year as the start gave it (a number, or a text from a REST client); {@link #YEAR} once checked. */
  static final Variable<Object> YEAR_AS_GIVEN = Variable.value("year");
  static final Variable<Integer> YEAR = Variable.wholeNumber("year");
  static final Variable<Object> DEADLINE = Variable.value("deadline");
  static final Variable<String> DEADLINE_TEXT = Variable.text("deadlineText");

  // Each unit's sub-process (multi-instance over the units) and form registration-unit
  static final Variable<String> UNIT_CODE = Variable.text("unitCode");
  static final Variable<String> UNIT_NAME = Variable.text("unitName");
  static final Variable<CollectiveTitleChoice> UNIT_TITLE = Variable.code("unitTitle", CollectiveTitleChoice.class);
  static final Variable<String> UNIT_TITLE_LABEL = Variable.text("unitTitleLabel");
  /** The unit's people as the form's choices ({label, value}), for the individual titles. */
  static final Variable<Object> UNIT_STAFF = Variable.value("unitStaff");
  static final Variable<List<IndividualTitle>> INDIVIDUAL_TITLES = Variable.jsonList("individualTitles", IndividualTitle.class,
      "danh hiệu cá nhân");
  static final Variable<Map<String, String>> INDICATOR_TARGETS = Variable.json("indicatorTargets",
      VariableJson.mapper().getTypeFactory().constructMapType(Map.class, String.class, String.class), "chỉ tiêu");
  static final Variable<List<Candidate>> CANDIDATES = Variable.jsonList("candidates", Candidate.class, "mô hình, sáng kiến");

  // Form registration-review
  static final Variable<ReviewDecision> REVIEW_DECISION = Variable.code("reviewDecision", ReviewDecision.class);
  static final Variable<String> REVIEW_NOTE = Variable.text("reviewNote");

  // Forms registration-escalation and registration-approve
  static final Variable<Object> LATE_UNITS_VIEW = Variable.value("lateUnitsView");
  static final Variable<String> DIRECTIVE = Variable.text("directive");
  static final Variable<Object> APPROVAL_VIEW = Variable.value("approvalView");
  static final Variable<ReviewDecision> APPROVAL_DECISION = Variable.code("approvalDecision", ReviewDecision.class);
  static final Variable<String> APPROVAL_NOTE = Variable.text("approvalNote");

  // Form registration-revise, when the Director returns the registration
  static final Variable<String> REVISION_NOTE = Variable.text("revisionNote");

  private RegistrationVariables() {
  }
}
