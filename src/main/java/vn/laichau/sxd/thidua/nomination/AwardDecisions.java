package vn.laichau.sxd.thidua.nomination;

import java.time.LocalDate;
import org.springframework.stereotype.Component;
import vn.laichau.sxd.thidua.calendar.WorkingDayCalendar;
import vn.laichau.sxd.thidua.decision.AwardsRegisterService;
import vn.laichau.sxd.thidua.decision.CommendationType;
import vn.laichau.sxd.thidua.decision.NewAward;
import vn.laichau.sxd.thidua.decision.RewardAmountService;
import vn.laichau.sxd.thidua.engine.InvalidInputException;

/** Turns a decided nomination into an entry of the awards register, by the Director or by the province. */
@Component
class AwardDecisions {

  private final RoundRepository rounds;
  private final AwardsRegisterService register;
  private final RewardAmountService rewards;
  private final WorkingDayCalendar workingDays;

  AwardDecisions(RoundRepository rounds, AwardsRegisterService register, RewardAmountService rewards, WorkingDayCalendar workingDays) {
    this.rounds = rounds;
    this.register = register;
    this.rewards = rewards;
    this.workingDays = workingDays;
  }

  /** A decision number as entered (the province's), refused when empty. */
  String number(String field, String value) {
    if (value == null || value.isBlank()) {
      throw new InvalidInputException(field, "Hãy nhập số quyết định.");
    }
    return value.strip();
  }

  /** A decision date in dd/mm/yyyy (or a date value), refused otherwise. */
  LocalDate date(String field, Object value) {
    return workingDays.dateOf(value).orElseThrow(() ->
        new InvalidInputException(field, "Ngày quyết định phải có dạng dd/mm/yyyy, ví dụ 20/01/2026."));
  }

  /** Records the award with its amount on the decision date and marks the nomination awarded. */
  long award(Nominee nominee, int year, CommendationType commendationType, String decisionNumber, LocalDate decisionDate,
      String decider, String recordedBy) {
    long amount = rewards.amountVnd(nominee.awardCode(), nominee.subjectType(), decisionDate);
    long entry = register.record(new NewAward(nominee.subjectType(), nominee.subjectId(), year, nominee.awardCode(), commendationType,
        decisionNumber, decisionDate, decider, amount, nominee.achievementSummary()), recordedBy);
    rounds.setDecided(nominee.id(), NominationStatus.AWARDED, entry);
    return entry;
  }
}
