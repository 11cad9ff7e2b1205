package vn.laichau.sxd.thidua.indicator;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.laichau.sxd.thidua.engine.InvalidInputException;

/**
 * The council's opinion on the consolidated report, recorded by its chair: agreed (to the Director)
 * or returned to the secretariat; the opinion is required either way.
 */
@Component("reviewCouncil")
public class ReviewCouncil implements TaskListener {

  private final ReviewRepository reviews;

  public ReviewCouncil(ReviewRepository reviews) {
    this.reviews = reviews;
  }

  @Override
  public void notify(DelegateTask task) {
    Object decision = task.getVariable("councilDecision");
    if (!"AGREE".equals(decision) && !"RETURN".equals(decision)) {
      throw new InvalidInputException("councilDecision", "Hãy chọn: Hội đồng thống nhất trình Giám đốc, hoặc trả lại Văn phòng.");
    }
    String opinion = ReviewConsolidation.requiredText(task.getVariable("councilOpinion"), "councilOpinion",
        "Hãy ghi ý kiến của Hội đồng.");
    reviews.saveCouncilOpinion((String) task.getVariable("reviewKey"), opinion);
  }
}
