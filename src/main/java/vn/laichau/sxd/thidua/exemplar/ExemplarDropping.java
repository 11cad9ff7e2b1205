package vn.laichau.sxd.thidua.exemplar;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import vn.laichau.sxd.thidua.engine.InvalidInputException;

/**
 * Message {@code ExemplarDropped} (business key {@code DH-…}, variable {@code dropReason}): the
 * exemplar stops at whatever stage it is in, with the reason in its history. Without a reason the
 * message is refused and nothing changes.
 */
@Component("exemplarDropping")
public class ExemplarDropping implements ExecutionListener {

  private final ExemplarRepository exemplars;
  private final ExemplarService service;

  public ExemplarDropping(ExemplarRepository exemplars, ExemplarService service) {
    this.exemplars = exemplars;
    this.service = service;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Object reason = execution.getVariable("dropReason");
    if (reason == null || reason.toString().isBlank()) {
      throw new InvalidInputException("dropReason", "Dừng điển hình thì phải ghi rõ lý do.");
    }
    long id = ((Number) execution.getVariable("exemplarId")).longValue();
    Object by = execution.getVariable("droppedBy");
    exemplars.event(id, exemplars.find(id).stage(), "DROPPED", null, reason.toString().strip(),
        by == null ? service.currentUser() : by.toString(), ClockUtil.getCurrentTime().toInstant());
    exemplars.end(id, "DROPPED", ClockUtil.getCurrentTime().toInstant());
  }
}
