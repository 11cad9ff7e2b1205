package vn.laichau.sxd.thidua.nomination;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.laichau.sxd.thidua.council.CouncilService;

/**
 * Puts the accepted nominations of the round on the agenda of a new council session. In an ad hoc
 * round only awards of the levels in {@code thidua.rounds.ad-hoc-council-levels} (by
 * {@code award-routing}) go to the council; the others go straight to the Director ({@code NO_VOTE}).
 */
@Component("roundCouncil")
public class RoundCouncil implements JavaDelegate {

  private final RoundRepository rounds;
  private final CouncilService council;
  private final AwardRouting routing;
  private final RoundProperties properties;

  public RoundCouncil(RoundRepository rounds, CouncilService council, AwardRouting routing, RoundProperties properties) {
    this.rounds = rounds;
    this.council = council;
    this.routing = routing;
    this.properties = properties;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String roundKey = (String) execution.getVariable("roundKey");
    boolean adHoc = Boolean.TRUE.equals(execution.getVariable("adHoc"));
    List<CouncilService.AgendaEntry> agenda = new ArrayList<>();
    int withoutVote = 0;
    for (RoundRepository.Nominee n : rounds.nominees(roundKey, "ACCEPTED")) {
      if (adHoc && !properties.adHocCouncilLevels().contains(routing.level(n.awardCode()))) {
        rounds.setOutcome(n.id(), "NO_VOTE", null, null, null);
        withoutVote++;
      } else {
        agenda.add(new CouncilService.AgendaEntry(n.subjectType(), n.subjectId(), n.subjectName(), n.awardCode(),
            AwardCode.labelOf(n.awardCode())));
      }
    }
    execution.setVariable("withoutVote", withoutVote);
    execution.setVariable("agendaSize", agenda.size());
    if (!agenda.isEmpty()) {
      int year = ((Number) execution.getVariable("year")).intValue();
      execution.setVariable("sessionId", council.prepareSession(year, "Bình xét khen thưởng " + roundKey, agenda));
    }
  }
}
