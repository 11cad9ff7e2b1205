package vn.laichau.sxd.thidua.nomination;

import static vn.laichau.sxd.thidua.nomination.RoundVariables.COMMENDATION_TYPE;
import static vn.laichau.sxd.thidua.nomination.RoundVariables.DECISION_DATE;
import static vn.laichau.sxd.thidua.nomination.RoundVariables.DECISION_NUMBER;
import static vn.laichau.sxd.thidua.nomination.RoundVariables.FORWARDED_COUNT;
import static vn.laichau.sxd.thidua.nomination.RoundVariables.ROUND_KEY;
import static vn.laichau.sxd.thidua.nomination.RoundVariables.ROUND_NAME;
import static vn.laichau.sxd.thidua.nomination.RoundVariables.YEAR;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.laichau.sxd.thidua.audit.AuditAction;
import vn.laichau.sxd.thidua.audit.AuditTrail;
import vn.laichau.sxd.thidua.calendar.WorkingDayCalendar;
import vn.laichau.sxd.thidua.decision.AwardRouting;
import vn.laichau.sxd.thidua.document.IssuedDocument;

/**
 * The Director's decision. When the task opens, the draft decision is issued for the Director to
 * read. On completion every passed nomination (or ad hoc one that needed no vote) within the
 * Director's authority is decided: the decision takes its number from the register, each award
 * enters the awards register with its amount, and the Giấy khen are issued for printing; those above
 * the Director's authority are marked to be forwarded to the province, and {@code forwardedCount}
 * tells the model whether to submit.
 */
@Component("roundDecision")
class RoundDecision implements TaskListener {

  private final RoundRepository rounds;
  private final AwardDecisions awards;
  private final AwardRouting routing;
  private final RoundDocuments documents;
  private final WorkingDayCalendar calendar;
  private final AuditTrail trail;

  RoundDecision(RoundRepository rounds, AwardDecisions awards, AwardRouting routing, RoundDocuments documents,
      WorkingDayCalendar calendar, AuditTrail trail) {
    this.trail = trail;
    this.rounds = rounds;
    this.awards = awards;
    this.routing = routing;
    this.documents = documents;
    this.calendar = calendar;
  }

  @Override
  public void notify(DelegateTask task) {
    List<Nominee> decidable = rounds.nominees(ROUND_KEY.get(task), NominationStatus.ACCEPTED).stream()
        .filter(nominee -> nominee.outcome() != null && nominee.outcome().decidable())
        .toList();
    List<Nominee> byTheDirector = decidable.stream().filter(nominee -> routing.byTheDirector(nominee.awardCode())).toList();
    if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
      if (!byTheDirector.isEmpty()) {
        documents.draftDecision(ROUND_KEY.get(task), ROUND_NAME.get(task), byTheDirector, calendar.today());
      }
      return;
    }
    LocalDate date = awards.date(DECISION_DATE.name(), DECISION_DATE.get(task));
    if (!byTheDirector.isEmpty()) {
      IssuedDocument decision = documents.decision(ROUND_KEY.get(task), ROUND_NAME.get(task), byTheDirector, date, task.getAssignee());
      for (Nominee nominee : byTheDirector) {
        awards.award(nominee, YEAR.get(task), COMMENDATION_TYPE.get(task), decision.number(), date, AwardRouting.DIRECTOR,
            task.getAssignee());
        trail.record(nominee.diaryEntry(ROUND_KEY.get(task), AuditAction.DECIDED, "Giám đốc Sở khen thưởng " + nominee.describe()
            + " (quyết định số " + decision.number() + ")."));
      }
      documents.certificates(ROUND_KEY.get(task), ROUND_NAME.get(task), byTheDirector, decision, task.getAssignee());
      DECISION_NUMBER.set(task, decision.number());
    }
    int forwarded = 0;
    for (Nominee nominee : decidable) {
      if (!routing.byTheDirector(nominee.awardCode())) {
        rounds.setDecided(nominee.id(), NominationStatus.FORWARDED, null);
        trail.record(nominee.diaryEntry(ROUND_KEY.get(task), AuditAction.FORWARDED, "Chuyển trình cấp tỉnh khen thưởng "
            + nominee.describe() + "."));
        forwarded++;
      }
    }
    FORWARDED_COUNT.set(task, forwarded);
  }
}
