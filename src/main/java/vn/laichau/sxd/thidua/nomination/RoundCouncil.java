package vn.laichau.sxd.thidua.nomination;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.laichau.sxd.thidua.council.CouncilService;

/** Puts every accepted nomination of the round on the agenda of a new council session. */
@Component("roundCouncil")
public class RoundCouncil implements JavaDelegate {

  private final RoundRepository rounds;
  private final CouncilService council;

  public RoundCouncil(RoundRepository rounds, CouncilService council) {
    this.rounds = rounds;
    this.council = council;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String roundKey = (String) execution.getVariable("roundKey");
    List<CouncilService.AgendaEntry> agenda = rounds.nominees(roundKey, "ACCEPTED").stream()
        .map(n -> new CouncilService.AgendaEntry(n.subjectType(), n.subjectId(), n.subjectName(), n.awardCode())).toList();
    execution.setVariable("agendaSize", agenda.size());
    if (!agenda.isEmpty()) {
      int year = ((Number) execution.getVariable("year")).intValue();
      execution.setVariable("sessionId", council.prepareSession(year, "Bình xét khen thưởng " + roundKey, agenda));
    }
  }
}
