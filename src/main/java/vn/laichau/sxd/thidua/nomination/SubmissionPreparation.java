package vn.laichau.sxd.thidua.nomination;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.laichau.sxd.thidua.engine.InvalidInputException;

/** The secretariat confirms the provincial dossier is complete before the Director signs. */
@Component("submissionPreparation")
public class SubmissionPreparation implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    if (!Boolean.TRUE.equals(task.getVariable("dossierComplete"))) {
      throw new InvalidInputException("dossierComplete",
          "Hãy kiểm tra và xác nhận hồ sơ có đủ các thành phần theo danh mục trước khi trình Giám đốc ký.");
    }
  }
}
