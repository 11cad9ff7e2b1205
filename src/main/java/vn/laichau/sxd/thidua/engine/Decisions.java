package vn.laichau.sxd.thidua.engine;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;

/**
 * Evaluates the rule tables (bpmn/*.dmn) for the application. Rules are the system's paperwork,
 * not an action of the person whose request triggered them, so they are evaluated without that
 * person's engine authorization: a unit head completing a task needs no right to evaluate DMN.
 */
@Component
public class Decisions {

  private final DecisionService decisionService;
  private final IdentityService identityService;

  public Decisions(DecisionService decisionService, IdentityService identityService) {
    this.decisionService = decisionService;
    this.identityService = identityService;
  }

  /** Every matching row's outputs (COLLECT tables). */
  public List<Map<String, Object>> rows(String decisionKey, Map<String, Object> inputs) {
    return AsApplication.call(identityService, () -> decisionService.evaluateDecisionTableByKey(decisionKey, inputs).getResultList());
  }

  /** The single matching row of a UNIQUE table, if any. */
  public Optional<Map<String, Object>> row(String decisionKey, Map<String, Object> inputs) {
    List<Map<String, Object>> rows = rows(decisionKey, inputs);
    return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
  }
}
