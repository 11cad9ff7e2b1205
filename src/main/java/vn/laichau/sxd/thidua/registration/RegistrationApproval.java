package vn.laichau.sxd.thidua.registration;

import static vn.laichau.sxd.thidua.registration.RegistrationVariables.APPROVAL_DECISION;
import static vn.laichau.sxd.thidua.registration.RegistrationVariables.APPROVAL_NOTE;
import static vn.laichau.sxd.thidua.registration.RegistrationVariables.YEAR;

import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import vn.laichau.sxd.thidua.engine.CurrentUser;
import vn.laichau.sxd.thidua.organisation.OrganisationService;
import vn.laichau.sxd.thidua.organisation.StaffMember;
import vn.laichau.sxd.thidua.organisation.SubjectType;
import vn.laichau.sxd.thidua.review.ReviewDecision;
import vn.laichau.sxd.thidua.review.Verdict;

/**
 * The Director approves the Department's registration once every unit is accepted, or returns it to
 * the secretariat with a reason (nothing is recorded then). On approval, each accepted
 * unit and its staff are recorded as registered for the year. A unit registers its people as a
 * whole (the individual titles aimed at are kept in the unit's registration text).
 */
@Component("registrationApproval")
class RegistrationApproval implements TaskListener {

  private final RegistrationRepository registrations;
  private final OrganisationService organisation;
  private final IdentityService identityService;

  public RegistrationApproval(RegistrationRepository registrations, OrganisationService organisation, IdentityService identityService) {
    this.registrations = registrations;
    this.organisation = organisation;
    this.identityService = identityService;
  }

  @Override
  public void notify(DelegateTask task) {
    Verdict<ReviewDecision> verdict = Verdict.read(task, APPROVAL_DECISION, "Hãy chọn: phê duyệt, hoặc trả lại Văn phòng.",
        APPROVAL_NOTE, Set.of(ReviewDecision.RETURN), "Trả lại thì phải ghi rõ ý kiến để Văn phòng xử lý.");
    if (verdict.is(ReviewDecision.RETURN)) {
      return;
    }
    int year = YEAR.get(task);
    registrations.approve(year, CurrentUser.id(identityService), verdict.note(), ClockUtil.getCurrentTime().toInstant());
    for (Map.Entry<String, RegistrationContent> unit : registrations.acceptedContents(year).entrySet()) {
      registrations.register(year, SubjectType.COLLECTIVE, unit.getKey(), unit.getKey());
      for (StaffMember member : organisation.staffOf(unit.getKey())) {
        registrations.register(year, SubjectType.INDIVIDUAL, member.username(), unit.getKey());
      }
    }
  }
}
