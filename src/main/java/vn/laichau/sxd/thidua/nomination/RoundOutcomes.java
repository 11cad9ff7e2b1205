package vn.laichau.sxd.thidua.nomination;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.laichau.sxd.thidua.calendar.WorkingDayCalendar;
import vn.laichau.sxd.thidua.council.CouncilService;

/**
 * Copies the council's outcomes to the nominations, counts the passed ones and fixes the end of the public disclosure:
 * the longest {@code disclosureDays} (decision {@code award-routing}) among the passed awards.
 */
@Component("roundOutcomes")
public class RoundOutcomes implements JavaDelegate {

  private final RoundRepository rounds;
  private final CouncilService council;
  private final AwardRouting routing;
  private final WorkingDayCalendar workingDays;

  public RoundOutcomes(RoundRepository rounds, CouncilService council, AwardRouting routing, WorkingDayCalendar workingDays) {
    this.rounds = rounds;
    this.council = council;
    this.routing = routing;
    this.workingDays = workingDays;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String roundKey = (String) execution.getVariable("roundKey");
    long sessionId = ((Number) execution.getVariable("sessionId")).longValue();
    int disclosureDays = 0;
    int passed = 0;
    List<RoundRepository.Nominee> accepted = rounds.nominees(roundKey, "ACCEPTED");
    for (CouncilService.ItemOutcome outcome : council.outcomes(sessionId)) {
      for (RoundRepository.Nominee nominee : accepted) {
        if (nominee.subjectId().equals(outcome.subjectId()) && nominee.awardCode().equals(outcome.awardCode())) {
          rounds.setOutcome(nominee.id(), outcome.outcome(), outcome.agree(), outcome.disagree(), outcome.abstain());
        }
      }
      if ("PASSED".equals(outcome.outcome())) {
        passed++;
        disclosureDays = Math.max(disclosureDays, routing.disclosureDays(outcome.awardCode()));
      }
    }
    execution.setVariable("passedCount", passed);
    execution.setVariable("disclosureEnds", workingDays.dueIn(disclosureDays));
  }
}
