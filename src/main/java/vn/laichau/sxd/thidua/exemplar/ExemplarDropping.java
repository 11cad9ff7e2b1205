package vn.laichau.sxd.thidua.exemplar;

import static vn.laichau.sxd.thidua.exemplar.ExemplarVariables.DROPPED_BY;
import static vn.laichau.sxd.thidua.exemplar.ExemplarVariables.DROP_REASON;
import static vn.laichau.sxd.thidua.exemplar.ExemplarVariables.EXEMPLAR_ID;

import java.util.Locale;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import vn.laichau.sxd.thidua.audit.AuditAction;
import vn.laichau.sxd.thidua.audit.AuditEntry;
import vn.laichau.sxd.thidua.audit.AuditTrail;
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
  private final AuditTrail trail;

  public ExemplarDropping(ExemplarRepository exemplars, ExemplarService service, AuditTrail trail) {
    this.trail = trail;
    this.exemplars = exemplars;
    this.service = service;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String reason = Verdict.required(execution, DROP_REASON, "Dừng điển hình thì phải ghi rõ lý do.");
    long id = EXEMPLAR_ID.get(execution);
    String by = DROPPED_BY.get(execution) == null ? service.currentUser() : DROPPED_BY.get(execution);
    ExemplarRepository.Exemplar exemplar = exemplars.find(id);
    exemplars.event(id, exemplar.stage(), "DROPPED", null, reason, by, ClockUtil.getCurrentTime().toInstant());
    trail.record(AuditEntry.of(execution.getProcessBusinessKey(), AuditAction.DROPPED, "Dừng điển hình «" + exemplar.name()
        + "» ở giai đoạn " + exemplar.stage().label().toLowerCase(Locale.ROOT) + ". Lý do: " + reason.strip()).forUnit(exemplar.unitCode()), by);
    exemplars.end(id, ExemplarStatus.DROPPED, ClockUtil.getCurrentTime().toInstant());
  }
}
