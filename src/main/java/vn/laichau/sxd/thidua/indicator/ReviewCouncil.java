package vn.laichau.sxd.thidua.indicator;

import static vn.laichau.sxd.thidua.indicator.ReviewVariables.COUNCIL_DECISION;
import static vn.laichau.sxd.thidua.indicator.ReviewVariables.COUNCIL_OPINION;
import static vn.laichau.sxd.thidua.indicator.ReviewVariables.REVIEW_KEY;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.laichau.sxd.thidua.engine.InvalidInputException;

/**
 * The council's opinion on the consolidated report, recorded by its chair: agreed (to the Director)
 * or returned to the secretariat; the opinion is required either way.
 */
@Component("reviewCouncil")
class ReviewCouncil implements TaskListener {

  private final ReviewRepository reviews;

  public ReviewCouncil(ReviewRepository reviews) {
    this.reviews = reviews;
  }

  @Override
  public void notify(DelegateTask task) {
    if (COUNCIL_DECISION.get(task) == null) {
      throw new InvalidInputException(COUNCIL_DECISION.name(), "Hãy chọn: Hội đồng thống nhất trình Giám đốc, hoặc trả lại Văn phòng.");
    }
    String opinion = ReviewConsolidation.requiredText(task, COUNCIL_OPINION, "Hãy ghi ý kiến của Hội đồng.");
    reviews.saveCouncilOpinion(REVIEW_KEY.get(task), opinion);
  }
}
