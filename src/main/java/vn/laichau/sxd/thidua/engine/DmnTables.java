package vn.laichau.sxd.thidua.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Evaluates the rule tables (bpmn/*.dmn) for the application: the latest deployed version, with
 * the engine's FEEL set-up (Vietnam dates). Rules are the system's paperwork, not an action of the
 * person whose request triggered them, so the definition is looked up without that person's
 * engine authorization. Eligibility lists evaluate the criteria thousands of times per round, so
 * these evaluations write no decision history: the outcomes that matter (nominations, votes,
 * decisions, the register) are kept in our tables with their reasons. The latest version of a key
 * is looked up at most every {@link #RECHECK} (one query per evaluation was a tenth of a round's
 * time): a table deployed on any node is used everywhere within that time.
 */
@Component
public class DmnTables {

  private final RepositoryService repositoryService;
  private final IdentityService identityService;
  private final DmnEngine dmnEngine;
  /** Parsed tables by decision definition id; a deployed definition never changes, so this holds no state. */
  private final Map<String, DmnDecision> parsed = new ConcurrentHashMap<>();
  /** The latest definition of each key, looked up again after {@link #RECHECK}: a deployment on any node is seen within it. */
  private final Map<String, Latest> latest = new ConcurrentHashMap<>();
  private final LongAdder evaluations = new LongAdder();

  static final Duration RECHECK = Duration.ofSeconds(10);

  private record Latest(String definitionId, DmnDecision decision, long checkedAtNanos) {
  }

  public DmnTables(RepositoryService repositoryService, IdentityService identityService) {
    this.repositoryService = repositoryService;
    this.identityService = identityService;
    DefaultDmnEngineConfiguration configuration = (DefaultDmnEngineConfiguration) DefaultDmnEngineConfiguration.createDefaultDmnEngineConfiguration();
    configuration.setFeelEngineFactory(new VietnamFeelPlugin.VietnamFeelEngineFactory());
    this.dmnEngine = configuration.buildEngine();
  }

  /** Every matching row's outputs (COLLECT tables). */
  public List<DecisionRow> rows(String decisionKey, Map<String, Object> inputs) {
    evaluations.increment();
    return dmnEngine.evaluateDecisionTable(decision(decisionKey), Variables.fromMap(inputs)).getResultList().stream()
        .map(DecisionRow::new).toList();
  }

  /** Tables evaluated since start: what the benchmark and the tests of stored lists count. */
  public long evaluations() {
    return evaluations.sum();
  }

  /** The single matching row of a UNIQUE table, if any. */
  public Optional<DecisionRow> row(String decisionKey, Map<String, Object> inputs) {
    List<DecisionRow> rows = rows(decisionKey, inputs);
    return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
  }

  /** Which version of the table is in force (its definition id): lists computed by it are stale when it changes. */
  public String version(String decisionKey) {
    return latest(decisionKey).definitionId();
  }

  private DmnDecision decision(String decisionKey) {
    return latest(decisionKey).decision();
  }

  private Latest latest(String decisionKey) {
    long now = System.nanoTime();
    Latest known = latest.get(decisionKey);
    if (known != null && now - known.checkedAtNanos() < RECHECK.toNanos()) {
      return known;
    }
    Latest found = lookUp(decisionKey, now);
    latest.put(decisionKey, found);
    return found;
  }

  private Latest lookUp(String decisionKey, long now) {
    return AsApplication.call(identityService, () -> {
      DecisionDefinition definition = repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey(decisionKey)
          .latestVersion().singleResult();
      return new Latest(definition.getId(), parsed.computeIfAbsent(definition.getId(), id -> parse(definition)), now);
    });
  }

  private DmnDecision parse(DecisionDefinition definition) {
    try (InputStream model = repositoryService.getResourceAsStream(definition.getDeploymentId(), definition.getResourceName())) {
      return dmnEngine.parseDecision(definition.getKey(), model);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
