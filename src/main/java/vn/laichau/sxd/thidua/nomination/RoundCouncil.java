package vn.laichau.sxd.thidua.nomination;

import static vn.laichau.sxd.thidua.nomination.RoundVariables.AD_HOC;
import static vn.laichau.sxd.thidua.nomination.RoundVariables.AGENDA_SIZE;
import static vn.laichau.sxd.thidua.nomination.RoundVariables.ROUND_KEY;
import static vn.laichau.sxd.thidua.nomination.RoundVariables.SESSION_ID;
import static vn.laichau.sxd.thidua.nomination.RoundVariables.WITHOUT_VOTE;
import static vn.laichau.sxd.thidua.nomination.RoundVariables.YEAR;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.laichau.sxd.thidua.council.AgendaEntry;
import vn.laichau.sxd.thidua.council.CouncilService;
import vn.laichau.sxd.thidua.decision.AwardRouting;

/**
 * Puts the accepted nominations of the round on the agenda of a new council session. In an ad hoc
 * round only awards of the levels in {@code thidua.rounds.ad-hoc-council-levels} (by
 * {@code award-routing}) go to the council; the others go straight to the Director ({@code NO_VOTE}).
 */
@Component("roundCouncil")
class RoundCouncil implements JavaDelegate {

  private final RoundRepository rounds;
  private final CouncilService council;
  private final AwardRouting routing;
  private final RoundProperties properties;

  RoundCouncil(RoundRepository rounds, CouncilService council, AwardRouting routing, RoundProperties properties) {
    this.rounds = rounds;
    this.council = council;
    this.routing = routing;
    this.properties = properties;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String roundKey = ROUND_KEY.get(execution);
    boolean adHoc = AD_HOC.get(execution);
    List<AgendaEntry> agenda = new ArrayList<>();
    int withoutVote = 0;
    for (Nominee n : rounds.nominees(roundKey, NominationStatus.ACCEPTED)) {
      if (adHoc && !properties.adHocCouncilLevels().contains(routing.level(n.awardCode()))) {
        rounds.setOutcome(n.id(), CouncilResult.NO_VOTE, null, null, null);
        withoutVote++;
      } else {
        agenda.add(new AgendaEntry(n.subjectType().name(), n.subjectId(), n.subjectName(), n.awardCode().name(),
            n.awardCode().label()));
      }
    }
    WITHOUT_VOTE.set(execution, withoutVote);
    AGENDA_SIZE.set(execution, agenda.size());
    if (!agenda.isEmpty()) {
      SESSION_ID.set(execution, council.prepareSession(YEAR.get(execution), "Bình xét khen thưởng " + roundKey, agenda));
    }
  }
}
