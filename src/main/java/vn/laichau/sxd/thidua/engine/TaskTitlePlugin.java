package vn.laichau.sxd.thidua.engine;

import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * A user task's title as people read it in Tasklist ("Bình xét khen thưởng 2025 — Phòng Quy hoạch –
 * Kiến trúc"), while the model keeps a plain name that reads well on a diagram (Cockpit draws names
 * as written, expressions and all). A user task declares its title as the extension property
 * {@value #TITLE}; this parse listener makes it the expression of the task's name.
 */
@Component
class TaskTitlePlugin extends AbstractProcessEnginePlugin {

  static final String TITLE = "title";

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    BpmnParsing.addListener(configuration, new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        BpmnParsing.property(userTaskElement, TITLE).ifPresent(title -> ((UserTaskActivityBehavior) activity.getActivityBehavior())
            .getTaskDefinition().setNameExpression(configuration.getExpressionManager().createExpression(title)));
      }
    });
  }
}
