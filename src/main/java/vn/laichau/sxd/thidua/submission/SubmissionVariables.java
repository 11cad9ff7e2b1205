package vn.laichau.sxd.thidua.submission;

import java.util.List;
import vn.laichau.sxd.thidua.decision.CommendationType;
import vn.laichau.sxd.thidua.engine.Variable;

/** The variables of {@code provincial-submission}, by the step that writes them. */
final class SubmissionVariables {

  // Handed over by the calling round
  static final Variable<String> ROUND_KEY = Variable.text("roundKey");
  /** The calling round as people name it, for task names and notices (SubmissionOpening). */
  static final Variable<String> ROUND_NAME = Variable.text("roundName");
  static final Variable<Integer> YEAR = Variable.wholeNumber("year");
  static final Variable<CommendationType> COMMENDATION_TYPE = Variable.code("commendationType", CommendationType.class);

  // SubmissionOpening
  static final Variable<String> SUBMISSION_KEY = Variable.text("submissionKey");
  static final Variable<List<ItemView>> ITEMS_VIEW = Variable.jsonList("itemsView", ItemView.class, "danh sách trình");
  static final Variable<Integer> PENDING_ITEMS = Variable.wholeNumber("pendingItems");
  static final Variable<Integer> FOLLOW_UP_WORKING_DAYS = Variable.wholeNumber("followUpWorkingDays");

  // Forms submission-prepare and submission-sign
  static final Variable<Boolean> DOSSIER_COMPLETE = Variable.flag("dossierComplete");
  static final Variable<String> LETTER_NUMBER = Variable.text("letterNumber");
  static final Variable<Object> LETTER_DATE = Variable.value("letterDate");

  // Message ProvincialDecisionReceived
  static final Variable<String> PROVINCE_DECISION_NUMBER = Variable.text("provinceDecisionNumber");
  static final Variable<Object> PROVINCE_DECISION_DATE = Variable.value("provinceDecisionDate");
  static final Variable<List<ProvinceItem>> PROVINCE_DECISIONS =
      Variable.jsonList("provinceDecisions", ProvinceItem.class, "quyết định từng nội dung");
  static final Variable<String> PROVINCE_DECISION_RECORDED_BY = Variable.text("provinceDecisionRecordedBy");

  private SubmissionVariables() {
  }
}
