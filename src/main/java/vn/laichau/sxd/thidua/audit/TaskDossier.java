package vn.laichau.sxd.thidua.audit;

import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import vn.laichau.sxd.thidua.engine.AsApplication;

/**
 * The dossier a task belongs to, for the diary link of the task's screen: the task is looked up
 * with the reader's own rights (a task they may not see has no dossier for them); its process
 * instance's business key is then read by the application, since a unit head may work a task
 * without the right to read its process instance.
 */
@Component
class TaskDossier {

  private final TaskService tasks;
  private final RuntimeService runtime;
  private final IdentityService identityService;

  TaskDossier(TaskService tasks, RuntimeService runtime, IdentityService identityService) {
    this.tasks = tasks;
    this.runtime = runtime;
    this.identityService = identityService;
  }

  Optional<String> businessKeyOf(String taskId) {
    Task task = taskId == null || taskId.length() > 64 ? null : tasks.createTaskQuery().taskId(taskId).singleResult();
    if (task == null || task.getProcessInstanceId() == null) {
      return Optional.empty();
    }
    ProcessInstance instance = AsApplication.call(identityService,
        () -> runtime.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId()).singleResult());
    return Optional.ofNullable(instance).map(ProcessInstance::getBusinessKey);
  }
}
