package vn.laichau.sxd.thidua.nomination;

import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.laichau.sxd.thidua.calendar.WorkingDayCalendar;
import vn.laichau.sxd.thidua.decision.AwardsRegisterService;
import vn.laichau.sxd.thidua.decision.AwardsRegisterService.NewAward;
import vn.laichau.sxd.thidua.decision.AwardsRegisterService.SubjectType;
import vn.laichau.sxd.thidua.decision.RewardAmountService;
import vn.laichau.sxd.thidua.engine.Decisions;
import vn.laichau.sxd.thidua.engine.InvalidInputException;

/**
 * The Director's decision: every passed nomination within the Director's authority enters the
 * awards register with its amount; those above it are marked to be forwarded to the province.
 */
@Component("roundDecision")
public class RoundDecision implements TaskListener {

  private final RoundRepository rounds;
  private final AwardsRegisterService register;
  private final RewardAmountService rewards;
  private final Decisions decisions;
  private final WorkingDayCalendar workingDays;

  public RoundDecision(RoundRepository rounds, AwardsRegisterService register, RewardAmountService rewards, Decisions decisions,
      WorkingDayCalendar workingDays) {
    this.rounds = rounds;
    this.register = register;
    this.rewards = rewards;
    this.decisions = decisions;
    this.workingDays = workingDays;
  }

  @Override
  public void notify(DelegateTask task) {
    Object number = task.getVariable("decisionNumber");
    if (number == null || number.toString().isBlank()) {
      throw new InvalidInputException("decisionNumber", "Hãy nhập số quyết định.");
    }
    LocalDate date = workingDays.dateOf(task.getVariable("decisionDate")).orElseThrow(() ->
        new InvalidInputException("decisionDate", "Ngày quyết định phải có dạng dd/mm/yyyy, ví dụ 20/01/2026."));
    String roundKey = (String) task.getVariable("roundKey");
    int year = ((Number) task.getVariable("year")).intValue();
    String type = (String) task.getVariable("commendationType");
    for (RoundRepository.Nominee nominee : rounds.nominees(roundKey, "ACCEPTED")) {
      if (!"PASSED".equals(nominee.outcome())) {
        continue;
      }
      String decider = (String) decisions.row("award-routing", Map.of("awardCode", nominee.awardCode())).orElseThrow().get("decider");
      if (!"GIAM_DOC_SO".equals(decider)) {
        rounds.setDecided(nominee.id(), "FORWARDED", null);
        continue;
      }
      SubjectType subject = SubjectType.valueOf(nominee.subjectType());
      long amount = rewards.amountVnd(nominee.awardCode(), subject, date);
      long entry = register.record(new NewAward(subject, nominee.subjectId(), year, nominee.awardCode(), type, number.toString().strip(),
          date, decider, amount, nominee.achievementSummary()), task.getAssignee());
      rounds.setDecided(nominee.id(), "AWARDED", entry);
    }
  }
}
