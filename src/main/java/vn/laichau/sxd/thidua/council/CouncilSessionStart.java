package vn.laichau.sxd.thidua.council;

import static vn.laichau.sxd.thidua.council.CouncilVariables.CLOSES_AT;
import static vn.laichau.sxd.thidua.council.CouncilVariables.SESSION_ID;
import static vn.laichau.sxd.thidua.council.CouncilVariables.SESSION_ID_AS_GIVEN;
import static vn.laichau.sxd.thidua.council.CouncilVariables.SESSION_KEY;
import static vn.laichau.sxd.thidua.council.CouncilVariables.SESSION_NAME;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import vn.laichau.sxd.thidua.calendar.WorkingDayCalendar;
import vn.laichau.sxd.thidua.engine.InvalidInputException;

/**
 * Start of {@code council-session}: the session must have been prepared and still be open. Sets
 * the business key {@code HD-<year>-<seq>} and, unless given, closes voting after
 * {@value #DEFAULT_VOTING_DAYS} working days (absent members vote in writing until then).
 */
@Component("councilSessionStart")
class CouncilSessionStart implements ExecutionListener {

  static final int DEFAULT_VOTING_DAYS = 5;

  private final CouncilRepository repository;
  private final WorkingDayCalendar workingDays;

  public CouncilSessionStart(CouncilRepository repository, WorkingDayCalendar workingDays) {
    this.repository = repository;
    this.workingDays = workingDays;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Object id = SESSION_ID_AS_GIVEN.get(execution);
    if (!(id instanceof Number number)) {
      throw new InvalidInputException("sessionId", "Chưa chọn phiên họp Hội đồng.");
    }
    CouncilRepository.Session session = repository.session(number.longValue())
        .orElseThrow(() -> new InvalidInputException("sessionId", "Không có phiên họp " + id + "."));
    if (session.status() != SessionStatus.OPEN) {
      throw new InvalidInputException("sessionId", "Phiên họp " + session.businessKey() + " đã kết thúc.");
    }
    execution.setProcessBusinessKey(session.businessKey());
    SESSION_ID.set(execution, session.id());
    SESSION_KEY.set(execution, session.businessKey());
    SESSION_NAME.set(execution, session.name());
    if (CLOSES_AT.get(execution) == null) {
      CLOSES_AT.set(execution, workingDays.dueIn(DEFAULT_VOTING_DAYS));
    }
    repository.attachProcess(session.id(), execution.getProcessInstanceId());
  }
}
