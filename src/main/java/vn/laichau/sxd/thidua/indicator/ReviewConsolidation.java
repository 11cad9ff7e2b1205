package vn.laichau.sxd.thidua.indicator;

import static vn.laichau.sxd.thidua.indicator.ReviewVariables.REVIEW_KEY;
import static vn.laichau.sxd.thidua.indicator.ReviewVariables.SUMMARY;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import vn.laichau.sxd.thidua.engine.InvalidInputException;
import vn.laichau.sxd.thidua.engine.Variable;
import vn.laichau.sxd.thidua.review.Verdict;

/** The secretariat's consolidated report: a summary is required and kept with the review. */
@Component("reviewConsolidation")
class ReviewConsolidation implements TaskListener {

  static final int TEXT_LENGTH = 4000;

  private final ReviewRepository reviews;

  public ReviewConsolidation(ReviewRepository reviews) {
    this.reviews = reviews;
  }

  @Override
  public void notify(DelegateTask task) {
    String summary = requiredText(task, SUMMARY, "Hãy viết báo cáo tổng hợp kết quả thực hiện các chỉ tiêu.");
    reviews.saveSummary(REVIEW_KEY.get(task), summary);
  }

  static String requiredText(VariableScope task, Variable<String> variable, String whenMissing) {
    String text = Verdict.required(task, variable, whenMissing);
    if (text.length() > TEXT_LENGTH) {
      throw new InvalidInputException(variable.name(), "Nội dung dài quá " + TEXT_LENGTH + " ký tự.");
    }
    return text;
  }
}
