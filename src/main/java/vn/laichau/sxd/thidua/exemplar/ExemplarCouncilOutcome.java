package vn.laichau.sxd.thidua.exemplar;

import static vn.laichau.sxd.thidua.exemplar.ExemplarVariables.COUNCIL_OUTCOME;
import static vn.laichau.sxd.thidua.exemplar.ExemplarVariables.EXEMPLAR_ID;
import static vn.laichau.sxd.thidua.exemplar.ExemplarVariables.SESSION_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import vn.laichau.sxd.thidua.council.CouncilService;

/** Records the council's vote on the exemplar in its history; {@code councilOutcome} steers the model. */
@Component("exemplarCouncilOutcome")
class ExemplarCouncilOutcome implements JavaDelegate {

  private final ExemplarRepository exemplars;
  private final CouncilService council;

  public ExemplarCouncilOutcome(ExemplarRepository exemplars, CouncilService council) {
    this.exemplars = exemplars;
    this.council = council;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long id = EXEMPLAR_ID.get(execution);
    long sessionId = SESSION_ID.get(execution);
    CouncilService.ItemOutcome outcome = council.outcomes(sessionId).get(0);
    String result = outcome.outcome() == null ? "NO_QUORUM" : outcome.outcome();
    exemplars.event(id, exemplars.find(id).stage(), "COUNCIL_" + result, null,
        "Phiên họp " + sessionId + ": đồng ý " + outcome.agree() + ", không đồng ý " + outcome.disagree() + ", không biểu quyết " + outcome.abstain(),
        null, ClockUtil.getCurrentTime().toInstant());
    COUNCIL_OUTCOME.set(execution, result);
  }
}
