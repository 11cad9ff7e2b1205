package vn.laichau.sxd.thidua.audit;

import java.util.Objects;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import vn.laichau.sxd.thidua.engine.BpmnParsing;

/**
 * Every model feeds the trail without code of its own: a dossier opened and closed (or cancelled),
 * every user task completed by whom, and a task that comes back with its reason. A model says how
 * its completions read with the property {@value #AUDIT_AS} ({@code VOTED}: «Đã bỏ phiếu», never
 * the choice), what a completion decided with {@value #AUDIT_DETAIL}, and that it keeps no diary of
 * its own with {@value #AUDIT} {@code = none} (the document generation, whose issuing is recorded by
 * the step that issues).
 */
@Component
class ProcessAuditPlugin extends AbstractProcessEnginePlugin {

  static final String AUDIT_AS = "auditAs";
  static final String AUDIT = "audit";
  /** An expression over the completed task (e.g. its decision) whose value follows «Hoàn thành «…».» in the entry. */
  static final String AUDIT_DETAIL = "auditDetail";

  private static final Logger LOG = LoggerFactory.getLogger(ProcessAuditPlugin.class);

  // The trail needs the organisation's repository; it is looked up when the first entry is made.
  private final ObjectProvider<AuditTrail> trail;

  ProcessAuditPlugin(ObjectProvider<AuditTrail> trail) {
    this.trail = trail;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    BpmnParsing.addListener(configuration, new AbstractBpmnParseListener() {
      @Override
      public void parseProcess(Element processElement, ProcessDefinitionEntity definition) {
        if ("none".equals(BpmnParsing.property(processElement, AUDIT).orElse(null))) {
          definition.setProperty(AUDIT, "none");
        }
        definition.addListener(ExecutionListener.EVENTNAME_END, (ExecutionListener) ProcessAuditPlugin.this::closed);
      }

      @Override
      public void parseStartEvent(Element startEventElement, ScopeImpl scope, ActivityImpl startEvent) {
        // When the start event is left, its listeners have given the dossier its business key.
        if (scope instanceof ProcessDefinitionEntity) {
          startEvent.addListener(ExecutionListener.EVENTNAME_END, (ExecutionListener) ProcessAuditPlugin.this::opened);
        }
      }

      @Override
      public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        AuditAction completion = BpmnParsing.property(userTaskElement, AUDIT_AS).map(AuditAction::valueOf).orElse(AuditAction.COMPLETED);
        Expression detail = BpmnParsing.property(userTaskElement, AUDIT_DETAIL).map(configuration.getExpressionManager()::createExpression)
            .orElse(null);
        Optional<Expression> reason = BpmnParsing.property(userTaskElement, BpmnParsing.RETURN_REASON)
            .map(configuration.getExpressionManager()::createExpression);
        var definition = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
        definition.addTaskListener(TaskListener.EVENTNAME_COMPLETE, task -> completed(task, completion, detail(detail, task)));
        reason.ifPresent(expression -> definition.addTaskListener(TaskListener.EVENTNAME_CREATE,
            task -> returned(task, Objects.toString(expression.getValue(task.getExecution()), null))));
      }
    });
  }

  /** The completion's detail; the entry is written without it rather than refusing the person's action over a wording. */
  private static String detail(Expression detail, DelegateTask task) {
    if (detail == null) {
      return null;
    }
    try {
      return Objects.toString(detail.getValue(task), null);
    } catch (ProcessEngineException unreadable) {
      LOG.warn("Nhật ký: không đọc được chi tiết của việc {} ({}): {}", task.getName(), task.getTaskDefinitionKey(), unreadable.getMessage());
      return null;
    }
  }

  /** The dossier's key, unless its model keeps no diary (read when it runs: the process is parsed after its start events). */
  private static String auditedKey(DelegateExecution execution) {
    return "none".equals(((ExecutionEntity) execution).getProcessDefinition().getProperty(AUDIT)) ? null : execution.getProcessBusinessKey();
  }

  private void opened(DelegateExecution execution) {
    String key = auditedKey(execution);
    if (key != null) {
      trail.getObject().record(AuditEntry.of(key, AuditAction.OPENED, "Mở hồ sơ «" + processName(execution) + "».")
          .forUnit(unitOf(execution)));
    }
  }

  private void closed(DelegateExecution execution) {
    String key = auditedKey(execution);
    if (key == null) {
      return;
    }
    boolean cancelled = execution.isCanceled();
    trail.getObject().record(AuditEntry.of(key, cancelled ? AuditAction.CANCELLED : AuditAction.CLOSED,
        (cancelled ? "Hủy hồ sơ «" : "Kết thúc hồ sơ «") + processName(execution) + "».").forUnit(unitOf(execution)));
  }

  private void completed(DelegateTask task, AuditAction action, String detail) {
    String key = task.getExecution().getProcessBusinessKey();
    if (key == null) {
      return;
    }
    String text = action == AuditAction.VOTED ? "Đã bỏ phiếu."
        : "Hoàn thành «" + task.getName() + "»." + (detail == null || detail.isBlank() ? "" : " " + detail.strip());
    AuditEntry entry = AuditEntry.of(key, action, text).forUnit(TaskUnit.of(task));
    String actor = trail.getObject().signedIn().orElse(task.getAssignee());
    trail.getObject().record(entry, actor);
  }

  private void returned(DelegateTask task, String reason) {
    String key = task.getExecution().getProcessBusinessKey();
    if (key == null || reason == null || reason.isBlank()) {
      return;
    }
    trail.getObject().record(AuditEntry.of(key, AuditAction.RETURNED, "Trả lại «" + task.getName() + "». Lý do: " + reason.strip())
        .forUnit(TaskUnit.of(task)));
  }

  /** The unit a whole dossier belongs to (an exemplar's), as the models name it. */
  private static String unitOf(DelegateExecution execution) {
    return execution.getVariable(TaskUnit.UNIT_CODE) instanceof String code ? code : null;
  }

  private static String processName(DelegateExecution execution) {
    var definition = ((ExecutionEntity) execution).getProcessDefinition();
    return definition.getName() == null ? definition.getKey() : definition.getName();
  }
}
