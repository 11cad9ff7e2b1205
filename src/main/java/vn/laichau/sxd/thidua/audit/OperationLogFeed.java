package vn.laichau.sxd.thidua.audit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Set;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.EntityTypes;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.event.HistoricIncidentEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.history.event.UserOperationLogEntryEventEntity;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.HistoricProcessInstanceEntity;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import vn.laichau.sxd.thidua.organisation.OrganisationService;

/**
 * What is done outside the forms reaches the trail too: the engine's user operation log (written for
 * every authenticated call through Tasklist, Cockpit or REST) for the operations that change who
 * works on a task or what a dossier holds, and every incident opened or resolved. The engine's own
 * history is untouched; this handler only reads its events.
 */
@Component
class OperationLogFeed extends AbstractProcessEnginePlugin {

  /** What is done to a task, in the words of the trail: the task's name, then the person's. */
  static final Map<String, String> TASK_OPERATIONS = Map.of(
      UserOperationLogEntry.OPERATION_TYPE_ASSIGN, "Giao việc «%s» cho %s.",
      UserOperationLogEntry.OPERATION_TYPE_CLAIM, "Nhận việc «%s» (%s).",
      UserOperationLogEntry.OPERATION_TYPE_DELEGATE, "Ủy quyền việc «%s» cho %s.",
      UserOperationLogEntry.OPERATION_TYPE_SET_OWNER, "Đặt người chịu trách nhiệm việc «%s»: %s.");

  /** What is done to a dossier outside the forms. */
  static final Map<String, String> INSTANCE_OPERATIONS = Map.of(
      UserOperationLogEntry.OPERATION_TYPE_SET_VARIABLE, "Thay đổi dữ liệu của hồ sơ ngoài biểu mẫu.",
      UserOperationLogEntry.OPERATION_TYPE_MODIFY_VARIABLE, "Thay đổi dữ liệu của hồ sơ ngoài biểu mẫu.",
      UserOperationLogEntry.OPERATION_TYPE_REMOVE_VARIABLE, "Xóa dữ liệu của hồ sơ ngoài biểu mẫu.",
      UserOperationLogEntry.OPERATION_TYPE_MODIFY_PROCESS_INSTANCE, "Chuyển hồ sơ sang bước khác ngoài quy trình.",
      UserOperationLogEntry.OPERATION_TYPE_DELETE, "Hủy hồ sơ ngoài quy trình.",
      UserOperationLogEntry.OPERATION_TYPE_SUSPEND, "Tạm dừng hồ sơ.",
      UserOperationLogEntry.OPERATION_TYPE_ACTIVATE, "Cho hồ sơ chạy tiếp sau khi tạm dừng.",
      UserOperationLogEntry.OPERATION_TYPE_SET_JOB_RETRIES, "Cho chạy lại bước tự động bị lỗi.",
      UserOperationLogEntry.OPERATION_TYPE_RESOLVE, "Đánh dấu sự cố đã xử lý.");

  private final ObjectProvider<AuditTrail> trail;
  private final OrganisationService organisation;
  /** Operations already recorded: the lines of one operation arrive one after another, with one operation id. */
  private final Set<String> seen = Collections.newSetFromMap(Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, false) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
      return size() > 1_000;
    }
  }));

  OperationLogFeed(ObjectProvider<AuditTrail> trail, @Lazy OrganisationService organisation) {
    this.trail = trail;
    this.organisation = organisation;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<HistoryEventHandler> handlers = configuration.getCustomHistoryEventHandlers() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomHistoryEventHandlers());
    handlers.add(new Reading());
    configuration.setCustomHistoryEventHandlers(handlers);
  }

  private final class Reading implements HistoryEventHandler {
    @Override
    public void handleEvent(HistoryEvent event) {
      if (event instanceof UserOperationLogEntryEventEntity operation) {
        operation(operation);
      } else if (event instanceof HistoricIncidentEventEntity incident) {
        incident(incident);
      }
    }

    @Override
    public void handleEvents(List<HistoryEvent> events) {
      events.forEach(this::handleEvent);
    }
  }

  private void operation(UserOperationLogEntryEventEntity operation) {
    String key = businessKey(operation.getProcessInstanceId());
    if (key == null || operation.getUserId() == null) {
      return;
    }
    String type = operation.getOperationType();
    if (TASK_OPERATIONS.containsKey(type)) {
      // The engine writes one line per changed property; the person's line says it all.
      boolean person = "assignee".equals(operation.getProperty()) || "owner".equals(operation.getProperty())
          && UserOperationLogEntry.OPERATION_TYPE_SET_OWNER.equals(type);
      var task = operation.getTaskId() == null ? null : Context.getCommandContext().getTaskManager().findTaskById(operation.getTaskId());
      if (person && task != null) {
        String who = operation.getNewValue() == null ? "không ai" : organisation.fullName(operation.getNewValue());
        trail.getObject().record(AuditEntry.of(key, AuditAction.ASSIGNED, TASK_OPERATIONS.get(type).formatted(task.getName(), who))
            .forUnit(TaskUnit.of(task)), operation.getUserId());
      }
    } else if (INSTANCE_OPERATIONS.containsKey(type) && seen.add(operation.getOperationId())) {
      AuditAction action = UserOperationLogEntry.OPERATION_TYPE_DELETE.equals(type) ? AuditAction.CANCELLED : AuditAction.CHANGED_BY_ADMINISTRATOR;
      trail.getObject().record(AuditEntry.of(key, action, INSTANCE_OPERATIONS.get(type)), operation.getUserId());
    }
  }

  private void incident(HistoricIncidentEventEntity incident) {
    String key = businessKey(incident.getProcessInstanceId());
    if (key == null) {
      return;
    }
    if (incident.isEventOfType(HistoryEventTypes.INCIDENT_CREATE)) {
      trail.getObject().record(AuditEntry.of(key, AuditAction.INCIDENT, "Sự cố ở bước tự động: " + incident.getIncidentMessage()), null);
    }
  }

  private static String businessKey(String processInstanceId) {
    if (processInstanceId == null) {
      return null;
    }
    var context = Context.getCommandContext();
    ExecutionEntity instance = context.getExecutionManager().findExecutionById(processInstanceId);
    if (instance != null) {
      return instance.getBusinessKey();
    }
    HistoricProcessInstanceEntity historic = context.getDbEntityManager().selectById(HistoricProcessInstanceEntity.class, processInstanceId);
    return historic == null ? null : historic.getBusinessKey();
  }
}
