package vn.laichau.sxd.thidua.registration;

import static vn.laichau.sxd.thidua.registration.RegistrationVariables.REVISION_NOTE;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.laichau.sxd.thidua.review.Verdict;

/** The secretariat answers the Director's return: what it did about the Director's remarks, before the approval comes back. */
@Component("registrationRevision")
class RegistrationRevision implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    Verdict.required(task, REVISION_NOTE, "Hãy ghi những việc Văn phòng đã làm theo ý kiến của Giám đốc.");
  }
}
