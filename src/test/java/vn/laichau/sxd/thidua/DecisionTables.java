package vn.laichau.sxd.thidua;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import vn.laichau.sxd.thidua.engine.VietnamFeelPlugin;

/** Evaluates the decision tables of bpmn/ exactly as the engine does (same FEEL set-up), without Spring. */
public final class DecisionTables {

  private static final DmnEngine ENGINE = engine();
  private static final Map<String, DmnDecision> DECISIONS = new HashMap<>();

  private DecisionTables() {
  }

  private static DmnEngine engine() {
    DefaultDmnEngineConfiguration configuration =
        (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
    configuration.setFeelEngineFactory(new VietnamFeelPlugin.VietnamFeelEngineFactory());
    return configuration.buildEngine();
  }

  public static synchronized DmnDecision decision(String key) {
    return DECISIONS.computeIfAbsent(key, k -> {
      try (InputStream in = Files.newInputStream(Path.of("bpmn", k + ".dmn"))) {
        return ENGINE.parseDecision(k, in);
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    });
  }

  /** Every matching row's outputs, in rule order. */
  public static List<Map<String, Object>> evaluate(String key, Map<String, Object> variables) {
    return ENGINE.evaluateDecisionTable(decision(key), variables).getResultList();
  }

  public static int ruleCount(String key) {
    return ((org.camunda.bpm.dmn.engine.impl.DmnDecisionTableImpl) decision(key).getDecisionLogic()).getRules().size();
  }
}
