package vn.laichau.sxd.thidua.indicator;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.laichau.sxd.thidua.engine.InvalidInputException;

/** The secretariat's consolidated report: a summary is required and kept with the review. */
@Component("reviewConsolidation")
public class ReviewConsolidation implements TaskListener {

  static final int TEXT_LENGTH = 4000;

  private final ReviewRepository reviews;

  public ReviewConsolidation(ReviewRepository reviews) {
    this.reviews = reviews;
  }

  @Override
  public void notify(DelegateTask task) {
    String summary = requiredText(task.getVariable("summary"), "summary", "Hãy viết báo cáo tổng hợp kết quả thực hiện các chỉ tiêu.");
    reviews.saveSummary((String) task.getVariable("reviewKey"), summary);
  }

  static String requiredText(Object value, String field, String whenMissing) {
    String text = value == null ? "" : value.toString().strip();
    if (text.isEmpty()) {
      throw new InvalidInputException(field, whenMissing);
    }
    if (text.length() > TEXT_LENGTH) {
      throw new InvalidInputException(field, "Nội dung dài quá " + TEXT_LENGTH + " ký tự.");
    }
    return text;
  }
}
