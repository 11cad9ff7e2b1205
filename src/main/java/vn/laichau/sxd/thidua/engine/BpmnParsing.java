package vn.laichau.sxd.thidua.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

/** What our engine plugins share when they read the models: adding a parse listener, reading an element's Camunda property. */
public final class BpmnParsing {

  /**
   * A user task that comes back to its performer after a return declares the reason as this property, an
   * expression that is null unless the task was returned (e.g. {@code ${reviewDecision == 'RETURN' ? reviewNote : null}}).
   */
  public static final String RETURN_REASON = "returnReason";

  private BpmnParsing() {
  }

  /** Adds the listener after the engine's own (and any added before). */
  public static void addListener(ProcessEngineConfigurationImpl configuration, BpmnParseListener listener) {
    List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
    listeners.add(listener);
    configuration.setCustomPostBPMNParseListeners(listeners);
  }

  /** The value of the element's {@code <camunda:property name="…">}, if it declares one. */
  public static Optional<String> property(Element element, String name) {
    Element extensions = element.element("extensionElements");
    Element properties = extensions == null ? null : extensions.elementNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "properties");
    return properties == null ? Optional.empty() : properties.elementsNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "property").stream()
        .filter(property -> name.equals(property.attribute("name"))).map(property -> property.attribute("value")).findFirst();
  }
}
