package vn.laichau.sxd.thidua.registration;

import static vn.laichau.sxd.thidua.registration.RegistrationVariables.YEAR;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
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
    for (Map.Entry<String, RegistrationContent> unit : registrations.acceptedContents(year).entrySet()) {
      List<RegistrationContent.Candidate> candidates = unit.getValue().candidates();
      for (int i = 0; i < candidates.size(); i++) {
        RegistrationContent.Candidate c = candidates.get(i);
        exemplars.start(new ExemplarService.Candidate(year, unit.getKey(), i, c.name(), c.kind(), c.owner(), c.expectedResult()));
      }
    }
  }
}
