package vn.laichau.sxd.thidua.nomination;

import java.time.LocalDate;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The Director's decision: every passed nomination (or ad hoc one that needed no vote) within the
 * Director's authority enters the awards register with its amount; those above it are marked to be
 * forwarded to the province, and {@code forwardedCount} tells the model whether to submit.
 */
@Component("roundDecision")
public class RoundDecision implements TaskListener {

  private static final Set<String> DECIDABLE = Set.of("PASSED", "NO_VOTE");

  private final RoundRepository rounds;
  private final AwardDecisions awards;
  private final AwardRouting routing;

  public RoundDecision(RoundRepository rounds, AwardDecisions awards, AwardRouting routing) {
    this.rounds = rounds;
    this.awards = awards;
    this.routing = routing;
  }

  @Override
  public void notify(DelegateTask task) {
    String number = awards.number("decisionNumber", task.getVariable("decisionNumber"));
    LocalDate date = awards.date("decisionDate", task.getVariable("decisionDate"));
    String roundKey = (String) task.getVariable("roundKey");
    int year = ((Number) task.getVariable("year")).intValue();
    String type = (String) task.getVariable("commendationType");
    int forwarded = 0;
    for (RoundRepository.Nominee nominee : rounds.nominees(roundKey, "ACCEPTED")) {
      if (!DECIDABLE.contains(nominee.outcome())) {
        continue;
      }
      if (routing.byTheDirector(nominee.awardCode())) {
        awards.award(nominee, year, type, number, date, AwardRouting.DIRECTOR, task.getAssignee());
      } else {
        rounds.setDecided(nominee.id(), "FORWARDED", null);
        forwarded++;
      }
    }
    task.setVariable("forwardedCount", forwarded);
  }
}
