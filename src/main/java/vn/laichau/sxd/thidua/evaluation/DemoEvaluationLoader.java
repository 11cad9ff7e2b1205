package vn.laichau.sxd.thidua.evaluation;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/** The demo ships last year's (2025) evaluations, so a commendation round can be run at once. */
@Component
@Profile("demo")
@Order(15)
class DemoEvaluationLoader implements ApplicationRunner {

  static final int DEMO_YEAR = 2025;

  private final EvaluationService evaluations;

  public DemoEvaluationLoader(EvaluationService evaluations) {
    this.evaluations = evaluations;
  }

  @Override
  public void run(ApplicationArguments args) throws IOException {
    try (Reader people = open("demo/evaluations-2025-people.csv"); Reader units = open("demo/evaluations-2025-units.csv")) {
      evaluations.importPeople(DEMO_YEAR, people);
      evaluations.importUnits(DEMO_YEAR, units);
    }
  }

  private static Reader open(String resource) throws IOException {
    return new InputStreamReader(new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8);
  }
}
