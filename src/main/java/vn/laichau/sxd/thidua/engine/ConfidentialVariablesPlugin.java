package vn.laichau.sxd.thidua.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.stereotype.Component;

/**
 * Confidential variables never reach the engine's history: no variable instance, no variable
 * update detail and no form property record is written for them. Features name them by a
 * {@link ConfidentialVariables} bean: a council ballot is one; the listener that receives it stores
 * secret votes without their voter and removes the variable in the same transaction, so nothing the
 * engine keeps links a secret vote to the member who cast it (DESIGN §3, council-session).
 */
@Component
class ConfidentialVariablesPlugin extends AbstractProcessEnginePlugin {

  private final Set<String> confidential;

  ConfidentialVariablesPlugin(List<ConfidentialVariables> declared) {
    this.confidential = declared.stream().flatMap(d -> d.names().stream()).collect(Collectors.toUnmodifiableSet());
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<HistoryEventHandler> handlers = configuration.getCustomHistoryEventHandlers() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomHistoryEventHandlers());
    handlers.add(new Filtering(new DbHistoryEventHandler(), confidential));
    configuration.setEnableDefaultDbHistoryEventHandler(false);
    configuration.setCustomHistoryEventHandlers(handlers);
  }

  /** Passes every other event on to the engine's own database handler. */
  static final class Filtering implements HistoryEventHandler {
    private final HistoryEventHandler database;
    private final Set<String> confidential;

    Filtering(HistoryEventHandler database, Set<String> confidential) {
      this.database = database;
      this.confidential = confidential;
    }

    boolean isConfidential(HistoryEvent event) {
      if (event instanceof HistoricVariableUpdateEventEntity variable) {
        return confidential.contains(variable.getVariableName());
      }
      if (event instanceof HistoricFormPropertyEventEntity property) {
        return confidential.contains(property.getPropertyId());
      }
      return false;
    }

    @Override
    public void handleEvent(HistoryEvent event) {
      if (!isConfidential(event)) {
        database.handleEvent(event);
      }
    }

    @Override
    public void handleEvents(List<HistoryEvent> events) {
      events.forEach(this::handleEvent);
    }
  }
}
