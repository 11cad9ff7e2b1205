package vn.laichau.sxd.thidua.nomination;

import java.util.List;
import vn.laichau.sxd.thidua.decision.CommendationType;
import vn.laichau.sxd.thidua.engine.Variable;
import vn.laichau.sxd.thidua.review.ReviewDecision;

/** The variables of {@code commendation-round}, by the step that writes them. */
final class RoundVariables {

  // Start (form round-start) and RoundOpening
  static final Variable<Integer> YEAR = Variable.wholeNumber("year");
  static final Variable<CommendationType> COMMENDATION_TYPE = Variable.code("commendationType", CommendationType.class);
  static final Variable<String> PROPOSING_UNIT = Variable.text("proposingUnit");
  static final Variable<String> ROUND_KEY = Variable.text("roundKey");
  /** The round as people name it, for task names and notices: "Đợt bình xét công trạng năm 2025 (đợt 1)". */
  static final Variable<String> ROUND_NAME = Variable.text("roundName");
  static final Variable<Boolean> AD_HOC = Variable.flag("adHoc");
  static final Variable<Object> NOMINATION_DUE = Variable.value("nominationDue");
  static final Variable<Integer> DECISION_WORKING_DAYS = Variable.wholeNumber("decisionWorkingDays");
  static final Variable<Integer> REMINDER_WORKING_DAYS = Variable.wholeNumber("reminderWorkingDays");
  static final Variable<String> QUOTA_WARNING = Variable.text("quotaWarning");

  // Each unit's sub-process (multi-instance over the units) and form round-nominate
  static final Variable<String> UNIT_CODE = Variable.text("unitCode");
  static final Variable<String> UNIT_NAME = Variable.text("unitName");
  static final Variable<Object> ELIGIBILITY_VIEW = Variable.value("eligibilityView");
  static final Variable<Object> EXEMPLAR_PROPOSALS = Variable.value("exemplarProposals");
  static final Variable<List<NominationLine>> NOMINATIONS = Variable.jsonList("nominations", NominationLine.class, "danh sách đề nghị");
  static final Variable<Boolean> NOMINATES_NOBODY = Variable.flag("nominatesNobody");
  static final Variable<List<NomineeView>> NOMINATIONS_VIEW = Variable.jsonList("nominationsView", NomineeView.class, "danh sách đề nghị");

  // Form round-appraise
  /** The unit's dossier files against the checklist, as Markdown links (written by the dossier, read by the form). */
  static final Variable<String> DOSSIER_LIST = Variable.text("dossierList");
  static final Variable<ReviewDecision> APPRAISAL_DECISION = Variable.code("appraisalDecision", ReviewDecision.class);
  static final Variable<String> APPRAISAL_NOTE = Variable.text("appraisalNote");
  static final Variable<Boolean> DOSSIER_COMPLETE = Variable.flag("dossierComplete");
  static final Variable<Boolean> QUOTA_ACKNOWLEDGED = Variable.flag("quotaAcknowledged");
  static final Variable<String> QUOTA_REASON = Variable.text("quotaReason");

  // RoundCouncil, the council session it calls, and RoundOutcomes
  static final Variable<Integer> WITHOUT_VOTE = Variable.wholeNumber("withoutVote");
  static final Variable<Integer> AGENDA_SIZE = Variable.wholeNumber("agendaSize");
  static final Variable<Long> SESSION_ID = Variable.id("sessionId");
  static final Variable<Boolean> QUORUM_REACHED = Variable.flag("quorumReached");
  static final Variable<String> RESCHEDULE_NOTE = Variable.text("rescheduleNote");
  static final Variable<Integer> PASSED_COUNT = Variable.wholeNumber("passedCount");
  static final Variable<Object> DISCLOSURE_ENDS = Variable.value("disclosureEnds");

  // Message ObjectionRaised (local to its event sub-process) and form round-objection
  static final Variable<String> SUBJECT_ID = Variable.text("subjectId");
  static final Variable<String> AWARD_CODE = Variable.text("awardCode");
  static final Variable<String> OBJECTION_TEXT = Variable.text("objectionText");
  static final Variable<String> OBJECTION_ABOUT = Variable.text("objectionAbout");
  static final Variable<Long> NOMINATION_ID = Variable.id("nominationId");
  static final Variable<ObjectionDecision> OBJECTION_DECISION = Variable.code("objectionDecision", ObjectionDecision.class);
  static final Variable<String> OBJECTION_NOTE = Variable.text("objectionNote");

  // Form round-decide
  static final Variable<Object> RESULTS_VIEW = Variable.value("resultsView");
  static final Variable<String> DECISION_NUMBER = Variable.text("decisionNumber");
  static final Variable<Object> DECISION_DATE = Variable.value("decisionDate");
  static final Variable<Integer> FORWARDED_COUNT = Variable.wholeNumber("forwardedCount");

  private RoundVariables() {
  }
}
