package vn.laichau.sxd.thidua.indicator;

import static vn.laichau.sxd.thidua.indicator.ReviewVariables.APPROVED;
import static vn.laichau.sxd.thidua.indicator.ReviewVariables.REVIEW_KEY;
import static vn.laichau.sxd.thidua.indicator.ReviewVariables.REVIEW_NAME;
import static vn.laichau.sxd.thidua.indicator.ReviewVariables.START_THEMATIC_ROUND;
import static vn.laichau.sxd.thidua.indicator.ReviewVariables.YEAR;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import vn.laichau.sxd.thidua.engine.CurrentUser;
import vn.laichau.sxd.thidua.engine.InvalidInputException;
import vn.laichau.sxd.thidua.evaluation.EvaluationService;

/**
 * The Director approves the review and may ask for a thematic commendation round (CHUYEN_DE), which
 * needs the year's evaluations: without them the approval is refused rather than leaving a round that cannot open.
 * The approved review's report is issued.
 */
@Component("reviewApproval")
class ReviewApproval implements TaskListener {

  private final ReviewRepository reviews;
  private final EvaluationService evaluations;
  private final IdentityService identityService;
  private final ReviewReport report;

  public ReviewApproval(ReviewRepository reviews, EvaluationService evaluations, IdentityService identityService, ReviewReport report) {
    this.report = report;
    this.reviews = reviews;
    this.evaluations = evaluations;
    this.identityService = identityService;
  }

  @Override
  public void notify(DelegateTask task) {
    if (!APPROVED.get(task)) {
      throw new InvalidInputException(APPROVED.name(), "Hãy xác nhận phê duyệt kết quả sơ kết, tổng kết.");
    }
    boolean thematic = START_THEMATIC_ROUND.get(task);
    START_THEMATIC_ROUND.set(task, thematic);
    int year = YEAR.get(task);
    if (thematic && !evaluations.hasPeopleEvaluated(year)) {
      throw new InvalidInputException(START_THEMATIC_ROUND.name(), "Chưa có kết quả đánh giá, xếp loại năm " + year
          + " nên chưa mở được đợt khen thưởng chuyên đề; hãy bỏ chọn hoặc nhập kết quả đánh giá trước.");
    }
    String director = CurrentUser.id(identityService);
    reviews.approve(REVIEW_KEY.get(task), director, ClockUtil.getCurrentTime().toInstant());
    report.issue(REVIEW_KEY.get(task), REVIEW_NAME.get(task), director);
  }
}
