package vn.laichau.sxd.thidua.registration;

import static vn.laichau.sxd.thidua.registration.RegistrationVariables.YEAR;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.laichau.sxd.thidua.engine.VariableJson;
import vn.laichau.sxd.thidua.exemplar.ExemplarService;

/** After the Director's approval, every registered candidate starts its exemplar cycle (once: a retry starts nothing twice). */
@Component("exemplarCyclesStart")
class ExemplarCyclesStart implements JavaDelegate {

  private final RegistrationRepository registrations;
  private final ExemplarService exemplars;

  public ExemplarCyclesStart(RegistrationRepository registrations, ExemplarService exemplars) {
    this.registrations = registrations;
    this.exemplars = exemplars;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int year = YEAR.get(execution);
    for (Map.Entry<String, String> unit : registrations.acceptedContents(year).entrySet()) {
      JsonNode candidates = VariableJson.read(unit.getValue(), "content", "đăng ký").path("candidates");
      for (int i = 0; i < candidates.size(); i++) {
        JsonNode c = candidates.get(i);
        exemplars.start(new ExemplarService.Candidate(year, unit.getKey(), i, c.path("name").asText(), c.path("kind").asText(),
            c.path("owner").asText(), c.path("expectedResult").asText(null)));
      }
    }
  }
}
