package vn.laichau.sxd.thidua.nomination;

import static vn.laichau.sxd.thidua.nomination.RoundVariables.COMMENDATION_TYPE;
import static vn.laichau.sxd.thidua.nomination.RoundVariables.DECISION_DATE;
import static vn.laichau.sxd.thidua.nomination.RoundVariables.DECISION_NUMBER;
import static vn.laichau.sxd.thidua.nomination.RoundVariables.FORWARDED_COUNT;
import static vn.laichau.sxd.thidua.nomination.RoundVariables.ROUND_KEY;
import static vn.laichau.sxd.thidua.nomination.RoundVariables.YEAR;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.laichau.sxd.thidua.decision.AwardRouting;

/**
 * The Director's decision: every passed nomination (or ad hoc one that needed no vote) within the
 * Director's authority enters the awards register with its amount; those above it are marked to be
 * forwarded to the province, and {@code forwardedCount} tells the model whether to submit.
 */
@Component("roundDecision")
class RoundDecision implements TaskListener {

  private final RoundRepository rounds;
  private final AwardDecisions awards;
  private final AwardRouting routing;

  RoundDecision(RoundRepository rounds, AwardDecisions awards, AwardRouting routing) {
    this.rounds = rounds;
    this.awards = awards;
    this.routing = routing;
  }

  @Override
  public void notify(DelegateTask task) {
    String number = awards.number(DECISION_NUMBER.name(), DECISION_NUMBER.get(task));
    LocalDate date = awards.date(DECISION_DATE.name(), DECISION_DATE.get(task));
    int forwarded = 0;
    for (Nominee nominee : rounds.nominees(ROUND_KEY.get(task), NominationStatus.ACCEPTED)) {
      if (nominee.outcome() == null || !nominee.outcome().decidable()) {
        continue;
      }
      if (routing.byTheDirector(nominee.awardCode())) {
        awards.award(nominee, YEAR.get(task), COMMENDATION_TYPE.get(task), number, date, AwardRouting.DIRECTOR, task.getAssignee());
      } else {
        rounds.setDecided(nominee.id(), NominationStatus.FORWARDED, null);
        forwarded++;
      }
    }
    FORWARDED_COUNT.set(task, forwarded);
  }
}
