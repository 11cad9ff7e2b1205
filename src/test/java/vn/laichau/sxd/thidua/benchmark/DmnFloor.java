package vn.laichau.sxd.thidua.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import vn.laichau.sxd.thidua.engine.VietnamFeelPlugin;

/**
 * The library's own speed for the individual title criteria: the table parsed once and evaluated in
 * a loop by a bare DMN engine with our FEEL set-up, warm, with nothing of the application around it.
 */
final class DmnFloor {

  private static final List<String> AWARDS = List.of("LDTT", "CSTDCS", "CSTD_TINH", "GIAY_KHEN_GD_SO", "BANG_KHEN_CT_TINH");

  private DmnFloor() {
  }

  /** Evaluations per second, after a warm-up. */
  static double evaluationsPerSecond(int warmUp, int measured) {
    DefaultDmnEngineConfiguration configuration = (DefaultDmnEngineConfiguration) DefaultDmnEngineConfiguration.createDefaultDmnEngineConfiguration();
    configuration.setFeelEngineFactory(new VietnamFeelPlugin.VietnamFeelEngineFactory());
    DmnEngine engine = configuration.buildEngine();
    DmnDecision decision;
    try (InputStream model = DmnFloor.class.getResourceAsStream("/bpmn/individual-title-criteria.dmn")) {
      decision = engine.parseDecision("individual-title-criteria", model);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (int i = 0; i < warmUp; i++) {
      engine.evaluateDecisionTable(decision, Variables.fromMap(inputs(i)));
    }
    long start = System.nanoTime();
    for (int i = 0; i < measured; i++) {
      engine.evaluateDecisionTable(decision, Variables.fromMap(inputs(i)));
    }
    return measured / ((System.nanoTime() - start) / 1e9);
  }

  private static Map<String, Object> inputs(int i) {
    Map<String, Object> inputs = new HashMap<>();
    inputs.put("awardCode", AWARDS.get(i % AWARDS.size()));
    inputs.put("rating", i % 7 == 0 ? "HTXSNV" : "HTTNV");
    inputs.put("registered", true);
    inputs.put("underInvestigation", false);
    inputs.put("disciplineLevel", "NONE");
    inputs.put("monthsWorked", 12);
    inputs.put("absenceDays", i % 10);
    inputs.put("hasRecognisedInitiative", i % 6 == 0);
    inputs.put("hasAcceptedScienceWork", false);
    inputs.put("initiativeScope", i % 6 == 0 ? "GRASSROOTS" : "NONE");
    inputs.put("cstdcsReading", "LITERAL");
    inputs.put("consecutiveCstdcsYears", i % 4);
    return inputs;
  }
}
