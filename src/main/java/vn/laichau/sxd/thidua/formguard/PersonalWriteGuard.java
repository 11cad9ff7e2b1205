package vn.laichau.sxd.thidua.formguard;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractPatchVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractVariableCmd;
import org.camunda.bpm.engine.impl.cmd.AddCommentCmd;
import org.camunda.bpm.engine.impl.cmd.CommandArguments;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CorrelateAllMessageCmd;
import org.camunda.bpm.engine.impl.cmd.CorrelateMessageCmd;
import org.camunda.bpm.engine.impl.cmd.CreateAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteProcessInstanceCommentCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteTaskCommentCmd;
import org.camunda.bpm.engine.impl.cmd.EvaluateStartConditionCmd;
import org.camunda.bpm.engine.impl.cmd.ExternalTaskCmd;
import org.camunda.bpm.engine.impl.cmd.FetchExternalTasksCmd;
import org.camunda.bpm.engine.impl.cmd.LockExternalTaskCmd;
import org.camunda.bpm.engine.impl.cmd.MessageEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.SaveAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.SignalEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.cmd.UpdateCommentCmd;
import org.camunda.bpm.engine.impl.cmd.batch.variables.SetVariablesToProcessInstancesBatchCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.form.FormDefinition;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.springframework.stereotype.Component;
import vn.laichau.sxd.thidua.api.RecordNotFoundException;
import vn.laichau.sxd.thidua.engine.Interceptors;
import vn.laichau.sxd.thidua.engine.InvalidInputException;
import vn.laichau.sxd.thidua.engine.RefusedWriteException;

/**
 * What a person may write, held in the engine itself, so that Tasklist, both REST APIs and any
 * Java call made for a signed-in person meet the same rule: a task completion or form submission
 * carries exactly its Camunda Form's fields (see {@link FormSubmissionCheck}); a process starts
 * only through its start form, at its start event; variables are never written outside a form;
 * comments and attachments only on a task the person works; messages, signals and external tasks
 * only through the application's own endpoints, which send them as the application. The
 * application's own steps (jobs, timers, listeners inside a person's command) run unchecked: only
 * the outermost command of a signed-in person is inspected, before it runs, so a refusal changes
 * nothing.
 */
@Component
class PersonalWriteGuard extends AbstractProcessEnginePlugin {

  static final String VARIABLES_REFUSED = "Dữ liệu của hồ sơ chỉ được ghi qua biểu mẫu của công việc được giao.";
  static final String EVENTS_REFUSED = "Thông điệp và tín hiệu cho quy trình chỉ được gửi qua các chức năng của hệ thống Thi đua.";
  static final String NOTES_REFUSED = "Chỉ người đang xử lý công việc mới được thêm, sửa hoặc xoá ghi chú và tệp đính kèm của công việc đó.";

  private static final FormSchema NO_FIELDS = new FormSchema("", List.of());

  private final FormCatalogue forms;

  PersonalWriteGuard(FormCatalogue forms) {
    this.forms = forms;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setCustomPostCommandInterceptorsTxRequired(
        Interceptors.appended(configuration.getCustomPostCommandInterceptorsTxRequired(), new Inspection()));
  }

  /** Runs inside the command context, before the command: inspects only the outermost command of a thread. */
  final class Inspection extends CommandInterceptor {
    private final ThreadLocal<int[]> depth = ThreadLocal.withInitial(() -> new int[1]);

    @Override
    public <T> T execute(Command<T> command) {
      int[] level = depth.get();
      boolean outermost = level[0] == 0;
      level[0]++;
      try {
        if (outermost) {
          CommandContext context = Context.getCommandContext();
          if (context != null && context.getAuthenticatedUserId() != null) {
            inspect(command, context);
          }
        }
        return next.execute(command);
      } finally {
        level[0]--;
      }
    }
  }

  private void inspect(Command<?> command, CommandContext context) {
    if (command instanceof AbstractVariableCmd || command instanceof AbstractPatchVariablesCmd
        || command instanceof SetVariablesToProcessInstancesBatchCmd) {
      throw new RefusedWriteException(VARIABLES_REFUSED);
    }
    if (command instanceof CorrelateMessageCmd || command instanceof CorrelateAllMessageCmd || command instanceof MessageEventReceivedCmd
        || command instanceof SignalEventReceivedCmd || command instanceof EvaluateStartConditionCmd || command instanceof ExternalTaskCmd
        || command instanceof FetchExternalTasksCmd || command instanceof LockExternalTaskCmd) {
      throw new RefusedWriteException(EVENTS_REFUSED);
    }
    if (command instanceof DeleteTaskCmd) {
      throw new RefusedWriteException("Công việc của quy trình không xoá được; quy trình tự kết thúc công việc khi xong.");
    }
    if (command instanceof CompleteTaskCmd || command instanceof SubmitTaskFormCmd) {
      TaskEntity task = workedTask(context, CommandArguments.taskId(command));
      check(formOf(task), CommandArguments.taskVariables(command));
    } else if (command instanceof AddCommentCmd || command instanceof UpdateCommentCmd || command instanceof DeleteTaskCommentCmd
        || command instanceof CreateAttachmentCmd || command instanceof DeleteAttachmentCmd || command instanceof SaveAttachmentCmd
        || command instanceof DeleteProcessInstanceCommentCmd) {
      String taskId = CommandArguments.taskId(command);
      if (taskId == null) {
        throw new RefusedWriteException(NOTES_REFUSED);
      }
      workedTask(context, taskId);
    } else if (command instanceof SubmitStartFormCmd submit) {
      ProcessDefinitionEntity definition = definition(context, CommandArguments.startFormDefinitionId(submit), null);
      check(startForm(definition), CommandArguments.startFormVariables(submit));
    } else if (command instanceof StartProcessInstanceAtActivitiesCmd) {
      throw new InvalidInputException("startInstructions", "Hồ sơ quy trình chỉ được mở từ bước đầu tiên của quy trình.");
    } else {
      ProcessInstantiationBuilderImpl start = CommandArguments.start(command);
      if (start != null) {
        ProcessDefinitionEntity definition = definition(context, start.getProcessDefinitionId(), start.getProcessDefinitionKey());
        check(startForm(definition), start.getVariables());
      }
    }
  }

  private void check(FormSchema form, Map<String, Object> variables) {
    FormSubmissionCheck.check(form, variables == null ? Map.of() : variables);
  }

  /** The task, which must exist and which the person must be allowed to work (the engine's own check). */
  private static TaskEntity workedTask(CommandContext context, String taskId) {
    TaskEntity task = taskId == null ? null : context.getTaskManager().findTaskById(taskId);
    if (task == null) {
      throw new RecordNotFoundException("Không tìm thấy công việc này: có thể công việc đã được hoàn thành hoặc không còn nữa.");
    }
    for (CommandChecker checker : context.getProcessEngineConfiguration().getCommandCheckers()) {
      checker.checkTaskWork(task);
    }
    return task;
  }

  private static ProcessDefinitionEntity definition(CommandContext context, String id, String key) {
    var cache = context.getProcessEngineConfiguration().getDeploymentCache();
    ProcessDefinitionEntity definition;
    try {
      definition = id != null ? cache.findDeployedProcessDefinitionById(id) : cache.findDeployedLatestProcessDefinitionByKey(key);
    } catch (NullValueException unknown) {
      definition = null;
    }
    if (definition == null) {
      throw new RecordNotFoundException("Không tìm thấy quy trình này.");
    }
    for (CommandChecker checker : context.getProcessEngineConfiguration().getCommandCheckers()) {
      checker.checkCreateProcessInstance(definition);
    }
    return definition;
  }

  /** A task without a Camunda Form accepts a completion without values. */
  private FormSchema formOf(TaskEntity task) {
    FormDefinition definition = task.getTaskDefinition() == null ? null : task.getTaskDefinition().getFormDefinition();
    return schema(definition).orElse(NO_FIELDS);
  }

  /** A process without a start form is opened by the application itself, never by a person. */
  private FormSchema startForm(ProcessDefinitionEntity definition) {
    return schema(definition.getStartFormDefinition()).orElseThrow(() -> new InvalidInputException("processDefinition",
        "Quy trình «" + definition.getName() + "» do hệ thống tự mở khi đến bước cần thiết, không mở bằng tay."));
  }

  private Optional<FormSchema> schema(FormDefinition definition) {
    Expression key = definition == null ? null : definition.getCamundaFormDefinitionKey();
    return key == null ? Optional.empty() : forms.form(key.getExpressionText());
  }
}
