package vn.laichau.sxd.thidua.indicator;

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
 */
@Component("reviewApproval")
public class ReviewApproval implements TaskListener {

  private final ReviewRepository reviews;
  private final EvaluationService evaluations;
  private final IdentityService identityService;

  public ReviewApproval(ReviewRepository reviews, EvaluationService evaluations, IdentityService identityService) {
    this.reviews = reviews;
    this.evaluations = evaluations;
    this.identityService = identityService;
  }

  @Override
  public void notify(DelegateTask task) {
    if (!Boolean.TRUE.equals(task.getVariable("approved"))) {
      throw new InvalidInputException("approved", "Hãy xác nhận phê duyệt kết quả sơ kết, tổng kết.");
    }
    Object thematic = task.getVariable("startThematicRound");
    task.setVariable("startThematicRound", Boolean.TRUE.equals(thematic));
    int year = (Integer) task.getVariable("year");
    if (Boolean.TRUE.equals(thematic) && evaluations.people(year).isEmpty()) {
      throw new InvalidInputException("startThematicRound", "Chưa có kết quả đánh giá, xếp loại năm " + year
          + " nên chưa mở được đợt khen thưởng chuyên đề; hãy bỏ chọn hoặc nhập kết quả đánh giá trước.");
    }
    reviews.approve((String) task.getVariable("reviewKey"), CurrentUser.id(identityService), ClockUtil.getCurrentTime().toInstant());
  }
}
