package vn.laichau.sxd.thidua.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
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
    List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
    listeners.add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        title(userTaskElement).ifPresent(title -> ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
            .setNameExpression(configuration.getExpressionManager().createExpression(title)));
      }
    });
    configuration.setCustomPostBPMNParseListeners(listeners);
  }

  static Optional<String> title(Element userTask) {
    Element extensions = userTask.element("extensionElements");
    Element properties = extensions == null ? null : extensions.elementNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "properties");
    return properties == null ? Optional.empty() : properties.elementsNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "property").stream()
        .filter(property -> TITLE.equals(property.attribute("name"))).map(property -> property.attribute("value")).findFirst();
  }
}
