package vn.laichau.sxd.thidua.exemplar;

import static vn.laichau.sxd.thidua.exemplar.ExemplarVariables.DROPPED_BY;
import static vn.laichau.sxd.thidua.exemplar.ExemplarVariables.DROP_REASON;
import static vn.laichau.sxd.thidua.exemplar.ExemplarVariables.EXEMPLAR_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import vn.laichau.sxd.thidua.review.Verdict;

/**
 * Message {@code ExemplarDropped} (business key {@code DH-…}, variable {@code dropReason}): the
 * exemplar stops at whatever stage it is in, with the reason in its history. Without a reason the
 * message is refused and nothing changes.
 */
@Component("exemplarDropping")
class ExemplarDropping implements ExecutionListener {

  private final ExemplarRepository exemplars;
  private final ExemplarService service;

  public ExemplarDropping(ExemplarRepository exemplars, ExemplarService service) {
    this.exemplars = exemplars;
    this.service = service;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String reason = Verdict.required(execution, DROP_REASON, "Dừng điển hình thì phải ghi rõ lý do.");
    long id = EXEMPLAR_ID.get(execution);
    String by = DROPPED_BY.get(execution);
    exemplars.event(id, exemplars.find(id).stage(), "DROPPED", null, reason, by == null ? service.currentUser() : by,
        ClockUtil.getCurrentTime().toInstant());
    exemplars.end(id, ExemplarStatus.DROPPED, ClockUtil.getCurrentTime().toInstant());
  }
}
