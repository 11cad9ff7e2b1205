package vn.laichau.sxd.thidua.nomination;

import static vn.laichau.sxd.thidua.nomination.RoundVariables.AD_HOC;
import static vn.laichau.sxd.thidua.nomination.RoundVariables.DISCLOSURE_ENDS;
import static vn.laichau.sxd.thidua.nomination.RoundVariables.PASSED_COUNT;
import static vn.laichau.sxd.thidua.nomination.RoundVariables.ROUND_KEY;
import static vn.laichau.sxd.thidua.nomination.RoundVariables.ROUND_NAME;
import static vn.laichau.sxd.thidua.nomination.RoundVariables.SESSION_ID;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.laichau.sxd.thidua.calendar.WorkingDayCalendar;
import vn.laichau.sxd.thidua.council.CouncilService;
import vn.laichau.sxd.thidua.decision.AwardCode;
import vn.laichau.sxd.thidua.decision.AwardRouting;

/**
 * Copies the council's outcomes to the nominations, counts the passed ones and fixes the end of the public disclosure:
 * the longest {@code disclosureDays} (decision {@code award-routing}) among the passed awards; when the list is disclosed
 * (not in an ad hoc round), the disclosure notice is issued.
 */
@Component("roundOutcomes")
class RoundOutcomes implements JavaDelegate {

  private final RoundRepository rounds;
  private final CouncilService council;
  private final AwardRouting routing;
  private final WorkingDayCalendar workingDays;
  private final RoundDocuments documents;

  RoundOutcomes(RoundRepository rounds, CouncilService council, AwardRouting routing, WorkingDayCalendar workingDays,
      RoundDocuments documents) {
    this.documents = documents;
    this.rounds = rounds;
    this.council = council;
    this.routing = routing;
    this.workingDays = workingDays;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int disclosureDays = 0;
    int passed = 0;
    List<Nominee> accepted = rounds.nominees(ROUND_KEY.get(execution), NominationStatus.ACCEPTED);
    for (CouncilService.ItemOutcome outcome : council.outcomes(SESSION_ID.get(execution))) {
      CouncilResult result = outcome.outcome() == null ? null : CouncilResult.valueOf(outcome.outcome());
      for (Nominee nominee : accepted) {
        if (nominee.subjectId().equals(outcome.subjectId()) && nominee.awardCode().name().equals(outcome.awardCode())) {
          rounds.setOutcome(nominee.id(), result, outcome.agree(), outcome.disagree(), outcome.abstain());
        }
      }
      if (result == CouncilResult.PASSED) {
        passed++;
        disclosureDays = Math.max(disclosureDays, routing.disclosureDays(AwardCode.valueOf(outcome.awardCode())));
      }
    }
    PASSED_COUNT.set(execution, passed);
    DISCLOSURE_ENDS.set(execution, workingDays.dueIn(disclosureDays));
    if (passed > 0 && !AD_HOC.get(execution)) {
      List<Nominee> disclosed = rounds.nominees(ROUND_KEY.get(execution), NominationStatus.ACCEPTED).stream()
          .filter(nominee -> nominee.outcome() == CouncilResult.PASSED).toList();
      LocalDate today = workingDays.today();
      documents.disclosureNotice(ROUND_KEY.get(execution), ROUND_NAME.get(execution), disclosed, disclosureDays, today,
          workingDays.addWorkingDays(today, disclosureDays));
    }
  }
}
