package vn.laichau.sxd.thidua.registration;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import vn.laichau.sxd.thidua.engine.CurrentUser;
import vn.laichau.sxd.thidua.engine.InvalidInputException;

/** Completion of the secretariat's review: accept, or return with a reason the unit head will see. */
@Component("registrationReview")
public class RegistrationReview implements TaskListener {

  private final RegistrationRepository registrations;
  private final IdentityService identityService;

  public RegistrationReview(RegistrationRepository registrations, IdentityService identityService) {
    this.registrations = registrations;
    this.identityService = identityService;
  }

  @Override
  public void notify(DelegateTask task) {
    Object decision = task.getVariable("reviewDecision");
    Object note = task.getVariable("reviewNote");
    UnitRegistrationStatus status;
    if ("ACCEPT".equals(decision)) {
      status = UnitRegistrationStatus.ACCEPTED;
    } else if ("RETURN".equals(decision)) {
      status = UnitRegistrationStatus.RETURNED;
      if (note == null || note.toString().isBlank()) {
        throw new InvalidInputException("reviewNote", "Trả lại đăng ký thì phải ghi rõ lý do để đơn vị bổ sung.");
      }
    } else {
      throw new InvalidInputException("reviewDecision", "Hãy chọn kết quả xem xét: Chấp nhận hoặc Trả lại.");
    }
    registrations.saveReview((Integer) task.getVariable("year"), (String) task.getVariable("unitCode"), status,
        note == null ? null : note.toString().strip(), CurrentUser.id(identityService),
        ClockUtil.getCurrentTime().toInstant());
  }
}
