package vn.laichau.sxd.thidua.council;

import static vn.laichau.sxd.thidua.council.CouncilVariables.PASSED_ITEMS;
import static vn.laichau.sxd.thidua.council.CouncilVariables.QUORUM_REACHED;
import static vn.laichau.sxd.thidua.council.CouncilVariables.SESSION_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import vn.laichau.sxd.thidua.calendar.WorkingDayCalendar;

/**
 * Closes the session: counts every item under its rule (quorum and pass share from
 * {@code vote-rule}, compared exactly) and records the outcomes for the minutes. Without quorum
 * the session decides nothing. The minutes are issued with the counts.
 */
@Component("sessionTally")
class SessionTally implements JavaDelegate {

  private final CouncilRepository repository;
  private final VoteRuleService voteRules;
  private final SessionMinutes minutes;
  private final WorkingDayCalendar workingDays;

  public SessionTally(CouncilRepository repository, VoteRuleService voteRules, SessionMinutes minutes, WorkingDayCalendar workingDays) {
    this.repository = repository;
    this.voteRules = voteRules;
    this.minutes = minutes;
    this.workingDays = workingDays;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long sessionId = SESSION_ID.get(execution);
    int members = repository.voters(sessionId).size();
    int passed = 0;
    boolean quorum = true;
    for (CouncilRepository.Item item : repository.items(sessionId)) {
      Tally tally = repository.tally(item.id());
      Tally.Outcome outcome = tally.outcome(voteRules.ruleFor(item.awardCode()), members);
      repository.recordOutcome(item.id(), tally, outcome);
      passed += outcome == Tally.Outcome.PASSED ? 1 : 0;
      quorum &= outcome != Tally.Outcome.NO_QUORUM;
    }
    repository.dropSecretCounts(sessionId);
    repository.close(sessionId, quorum ? SessionStatus.CLOSED : SessionStatus.NO_QUORUM, ClockUtil.getCurrentTime().toInstant());
    DelegateExecution caller = execution.getSuperExecution();
    minutes.issue(sessionId, caller != null ? caller.getProcessBusinessKey() : execution.getProcessBusinessKey(), quorum,
        workingDays.today());
    QUORUM_REACHED.set(execution, quorum);
    PASSED_ITEMS.set(execution, passed);
  }
}
