package vn.laichau.sxd.thidua.submission;

import static vn.laichau.sxd.thidua.submission.SubmissionVariables.COMMENDATION_TYPE;
import static vn.laichau.sxd.thidua.submission.SubmissionVariables.PENDING_ITEMS;
import static vn.laichau.sxd.thidua.submission.SubmissionVariables.PROVINCE_DECISIONS;
import static vn.laichau.sxd.thidua.submission.SubmissionVariables.PROVINCE_DECISION_DATE;
import static vn.laichau.sxd.thidua.submission.SubmissionVariables.PROVINCE_DECISION_NUMBER;
import static vn.laichau.sxd.thidua.submission.SubmissionVariables.PROVINCE_DECISION_RECORDED_BY;
import static vn.laichau.sxd.thidua.submission.SubmissionVariables.SUBMISSION_KEY;
import static vn.laichau.sxd.thidua.submission.SubmissionVariables.YEAR;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import vn.laichau.sxd.thidua.audit.AuditAction;
import vn.laichau.sxd.thidua.audit.AuditEntry;
import vn.laichau.sxd.thidua.audit.AuditTrail;
import vn.laichau.sxd.thidua.calendar.WorkingDayCalendar;
import vn.laichau.sxd.thidua.decision.AwardRouting;
import vn.laichau.sxd.thidua.engine.CurrentUser;
import vn.laichau.sxd.thidua.engine.InvalidInputException;
import vn.laichau.sxd.thidua.nomination.Nominee;
import vn.laichau.sxd.thidua.nomination.ProvincialItems;
import vn.laichau.sxd.thidua.notification.MailContent;
import vn.laichau.sxd.thidua.notification.MailKind;
import vn.laichau.sxd.thidua.notification.MailNotices;
import vn.laichau.sxd.thidua.organisation.CamundaGroups;

/**
 * Message {@code ProvincialDecisionReceived}, correlated to the submission (business key
 * {@code TK-…}) with {@code provinceDecisionNumber}, {@code provinceDecisionDate} and
 * {@code provinceDecisions} (JSON: {@code [{subjectId, awardCode, approved, note}]}). Approved items
 * enter the awards register, refused ones are closed with the note; the whole message is refused,
 * and nothing recorded, if any item is unknown, already decided or unclear. A province may decide
 * the items in several decisions: {@code pendingItems} says how many still wait.
 */
@Component("provincialDecisionReceived")
class ProvincialDecisionReceived implements ExecutionListener {

  private final SubmissionRepository submissions;
  private final ProvincialItems items;
  private final AwardRouting routing;
  private final MailNotices notices;
  private final AuditTrail trail;

  ProvincialDecisionReceived(SubmissionRepository submissions, ProvincialItems items, AwardRouting routing, MailNotices notices,
      AuditTrail trail) {
    this.trail = trail;
    this.submissions = submissions;
    this.items = items;
    this.routing = routing;
    this.notices = notices;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String submissionKey = SUBMISSION_KEY.get(execution);
    String number = items.decisionNumber(PROVINCE_DECISION_NUMBER.name(), PROVINCE_DECISION_NUMBER.get(execution));
    LocalDate date = items.decisionDate(PROVINCE_DECISION_DATE.name(), PROVINCE_DECISION_DATE.get(execution));
    List<ProvinceItem> lines = PROVINCE_DECISIONS.get(execution);
    if (lines == null || lines.isEmpty()) {
      throw new InvalidInputException(PROVINCE_DECISIONS.name(), "Quyết định của tỉnh phải nêu từng nội dung được khen thưởng hay không.");
    }
    List<Nominee> pending = items.waiting(submissionKey);
    Set<Long> seen = new HashSet<>();
    String recordedBy = recordedBy(execution);
    for (ProvinceItem line : lines) {
      String subjectId = Objects.requireNonNullElse(line.subjectId(), "");
      String awardCode = Objects.requireNonNullElse(line.awardCode(), "");
      Nominee nominee = pending.stream()
          .filter(n -> n.subjectId().equals(subjectId) && n.awardCode().name().equals(awardCode)).findFirst()
          .filter(n -> seen.add(n.id()))  // the same item twice in one message is refused too
          .orElseThrow(() -> new InvalidInputException(PROVINCE_DECISIONS.name(),
              "'" + subjectId + " — " + awardCode + "' không có trong tờ trình " + submissionKey + " hoặc đã có quyết định."));
      if (line.approved() == null) {
        throw new InvalidInputException(PROVINCE_DECISIONS.name(),
            nominee.describe() + ": hãy ghi rõ được khen thưởng (true) hay không (false).");
      }
      if (line.approved()) {
        items.awarded(nominee, YEAR.get(execution), COMMENDATION_TYPE.get(execution), number, date, routing.decider(nominee.awardCode()),
            recordedBy);
        trail.record(nominee.diaryEntry(execution.getProcessBusinessKey(), AuditAction.PROVINCE_DECIDED, "Tỉnh khen thưởng "
            + nominee.describe() + " (quyết định số " + number + ")."));
      } else {
        items.refused(nominee, Objects.requireNonNullElse(line.note(), "") + " (" + number + ")");
        trail.record(nominee.diaryEntry(execution.getProcessBusinessKey(), AuditAction.PROVINCE_DECIDED, "Tỉnh không khen thưởng "
            + nominee.describe() + " (quyết định số " + number + ")."));
      }
    }
    int stillPending = items.waiting(submissionKey).size();
    submissions.setStatus(submissionKey, stillPending == 0 ? SubmissionStatus.DECIDED : SubmissionStatus.PARTLY_DECIDED);
    PENDING_ITEMS.set(execution, stillPending);
    long approved = lines.stream().filter(ProvinceItem::approved).count();
    trail.record(AuditEntry.of(execution.getProcessBusinessKey(), AuditAction.PROVINCE_DECIDED, "Ghi nhận quyết định số " + number
        + " ngày " + WorkingDayCalendar.VIETNAMESE_DATE.format(date) + " của tỉnh: " + approved + " nội dung được khen thưởng, "
        + (lines.size() - approved) + " nội dung không được khen thưởng."));
    notices.toGroups(MailKind.ALERT, "province:" + execution.getId() + ":" + number, List.of(CamundaGroups.SECRETARIAT),
        MailContent.of("Tỉnh đã quyết định khen thưởng (quyết định số " + number + " ngày " + WorkingDayCalendar.VIETNAMESE_DATE.format(date) + ")")
            .withText(approved + " nội dung được khen thưởng, " + (lines.size() - approved) + " nội dung không được khen thưởng"
                + (stillPending == 0 ? "; tờ trình đã có quyết định cho mọi nội dung." : "; còn " + stillPending + " nội dung chờ tỉnh quyết định.")
                + " Các nội dung được khen thưởng đã vào sổ khen thưởng.")
            .withLink("/dashboard/", "Mở Bảng điều hành"));
  }

  /** Who entered the decision: named by our API for the secretariat, else the engine user who sent the message. */
  private static String recordedBy(DelegateExecution execution) {
    String named = PROVINCE_DECISION_RECORDED_BY.get(execution);
    PROVINCE_DECISION_RECORDED_BY.remove(execution);
    if (named != null) {
      return named;
    }
    String caller = CurrentUser.id(execution.getProcessEngineServices().getIdentityService());
    return caller == null ? "hệ thống" : caller;
  }
}
