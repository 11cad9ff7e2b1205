package vn.laichau.sxd.thidua.registration;

import static vn.laichau.sxd.thidua.registration.RegistrationVariables.REVIEW_DECISION;
import static vn.laichau.sxd.thidua.registration.RegistrationVariables.REVIEW_NOTE;
import static vn.laichau.sxd.thidua.registration.RegistrationVariables.UNIT_CODE;
import static vn.laichau.sxd.thidua.registration.RegistrationVariables.YEAR;

import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import vn.laichau.sxd.thidua.engine.CurrentUser;
import vn.laichau.sxd.thidua.review.ReviewDecision;
import vn.laichau.sxd.thidua.review.Verdict;

/** Completion of the secretariat's review: accept, or return with a reason the unit head will see. */
@Component("registrationReview")
class RegistrationReview implements TaskListener {

  private final RegistrationRepository registrations;
  private final IdentityService identityService;

  public RegistrationReview(RegistrationRepository registrations, IdentityService identityService) {
    this.registrations = registrations;
    this.identityService = identityService;
  }

  @Override
  public void notify(DelegateTask task) {
    Verdict<ReviewDecision> verdict = Verdict.read(task, REVIEW_DECISION, "Hãy chọn kết quả xem xét: Chấp nhận hoặc Trả lại.",
        REVIEW_NOTE, Set.of(ReviewDecision.RETURN), "Trả lại đăng ký thì phải ghi rõ lý do để đơn vị bổ sung.");
    UnitRegistrationStatus status = verdict.is(ReviewDecision.ACCEPT) ? UnitRegistrationStatus.ACCEPTED : UnitRegistrationStatus.RETURNED;
    registrations.saveReview(YEAR.get(task), UNIT_CODE.get(task), status, verdict.note(), CurrentUser.id(identityService),
        ClockUtil.getCurrentTime().toInstant());
  }
}
