package vn.laichau.sxd.thidua.submission;

import static vn.laichau.sxd.thidua.submission.SubmissionVariables.DOSSIER_COMPLETE;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.laichau.sxd.thidua.engine.InvalidInputException;

/** The secretariat confirms the provincial dossier is complete before the Director signs. */
@Component("submissionPreparation")
class SubmissionPreparation implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    if (!DOSSIER_COMPLETE.get(task)) {
      throw new InvalidInputException(DOSSIER_COMPLETE.name(),
          "Hãy kiểm tra và xác nhận hồ sơ có đủ các thành phần theo danh mục trước khi trình Giám đốc ký.");
    }
  }
}
