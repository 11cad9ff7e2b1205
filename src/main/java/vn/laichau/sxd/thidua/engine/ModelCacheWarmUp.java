package vn.laichau.sxd.thidua.engine;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Reads every model once after start-up, in the background, so that the engine's model cache and
 * our parsed tables are filled before the first users come: measured under fifty users at once,
 * the first listing of process definitions made every request parse every model (a quarter of the
 * CPU during the first three seconds).
 */
@Component
class ModelCacheWarmUp {

  private static final Logger LOG = LoggerFactory.getLogger(ModelCacheWarmUp.class);

  private final RepositoryService repositoryService;
  private final DmnTables dmn;

  ModelCacheWarmUp(RepositoryService repositoryService, DmnTables dmn) {
    this.repositoryService = repositoryService;
    this.dmn = dmn;
  }

  @EventListener(ApplicationReadyEvent.class)
  void warmUp() {
    Thread thread = new Thread(this::readModels, "thidua-model-warm-up");
    thread.setDaemon(true);
    thread.start();
  }

  void readModels() {
    try {
      for (ProcessDefinition process : repositoryService.createProcessDefinitionQuery().latestVersion().list()) {
        repositoryService.getBpmnModelInstance(process.getId());
      }
      for (DecisionDefinition decision : repositoryService.createDecisionDefinitionQuery().latestVersion().list()) {
        dmn.version(decision.getKey());
      }
    } catch (RuntimeException e) {
      // Only a head start: whatever is not read now is read when first asked for.
      LOG.debug("Models not read ahead", e);
    }
  }
}
