package vn.laichau.sxd.thidua.audit;

import java.util.Objects;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Gives every deployed process and decision definition the history time to live of
 * {@link RetentionProperties}, whatever its model says (the models carry 10 years because the
 * engine refuses a model without one): the engine's history cleanup removes an ended dossier's
 * history only once the law no longer needs it. Each node does it at start; it writes only what
 * differs, so two nodes starting together agree.
 */
@Component
class HistoryRetention {

  private static final Logger LOG = LoggerFactory.getLogger(HistoryRetention.class);

  private final RepositoryService repository;
  private final RetentionProperties retention;

  HistoryRetention(RepositoryService repository, RetentionProperties retention) {
    this.repository = repository;
    this.retention = retention;
  }

  /** Before the start-up lock is let go (StartupLock): two nodes never update one definition at once. */
  @EventListener(ApplicationReadyEvent.class)
  @Order(0)
  void apply() {
    Integer days = retention.days();
    int changed = 0;
    for (ProcessDefinition definition : repository.createProcessDefinitionQuery().list()) {
      if (!Objects.equals(definition.getHistoryTimeToLive(), days)) {
        repository.updateProcessDefinitionHistoryTimeToLive(definition.getId(), days);
        changed++;
      }
    }
    for (DecisionDefinition definition : repository.createDecisionDefinitionQuery().list()) {
      if (!Objects.equals(definition.getHistoryTimeToLive(), days)) {
        repository.updateDecisionDefinitionHistoryTimeToLive(definition.getId(), days);
        changed++;
      }
    }
    if (changed > 0) {
      LOG.info("History time to live set to {} days ({} years) on {} definitions", days, retention.years(), changed);
    }
  }
}
