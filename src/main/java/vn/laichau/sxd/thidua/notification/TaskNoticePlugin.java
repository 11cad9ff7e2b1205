package vn.laichau.sxd.thidua.notification;

import java.util.Objects;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import vn.laichau.sxd.thidua.engine.BpmnParsing;

/**
 * Every user task of every model tells the people who may take it when it is created. A task that
 * comes back to a unit after a return declares the reason ({@link BpmnParsing#RETURN_REASON}): when it
 * has a value, the notice is a return.
 */
@Component
class TaskNoticePlugin extends AbstractProcessEnginePlugin {

  // The notices need engine services; they are looked up when the first task is created.
  private final ObjectProvider<MailNotices> notices;

  TaskNoticePlugin(ObjectProvider<MailNotices> notices) {
    this.notices = notices;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    BpmnParsing.addListener(configuration, new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        Expression reason = BpmnParsing.property(userTaskElement, BpmnParsing.RETURN_REASON)
            .map(configuration.getExpressionManager()::createExpression).orElse(null);
        TaskListener listener = task -> notices.getObject()
            .taskOffered(task, reason == null ? null : Objects.toString(reason.getValue(task.getExecution()), null));
        ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition().addTaskListener(TaskListener.EVENTNAME_CREATE, listener);
      }
    });
  }
}
