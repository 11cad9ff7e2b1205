package vn.laichau.sxd.thidua.nomination;

import static vn.laichau.sxd.thidua.nomination.RoundVariables.AWARD_CODE;
import static vn.laichau.sxd.thidua.nomination.RoundVariables.NOMINATION_ID;
import static vn.laichau.sxd.thidua.nomination.RoundVariables.OBJECTION_ABOUT;
import static vn.laichau.sxd.thidua.nomination.RoundVariables.OBJECTION_TEXT;
import static vn.laichau.sxd.thidua.nomination.RoundVariables.ROUND_KEY;
import static vn.laichau.sxd.thidua.nomination.RoundVariables.SUBJECT_ID;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import vn.laichau.sxd.thidua.audit.AuditAction;
import vn.laichau.sxd.thidua.audit.AuditEntry;
import vn.laichau.sxd.thidua.audit.AuditTrail;
import vn.laichau.sxd.thidua.engine.InvalidInputException;
import vn.laichau.sxd.thidua.notification.MailContent;
import vn.laichau.sxd.thidua.notification.MailKind;
import vn.laichau.sxd.thidua.notification.MailNotices;
import vn.laichau.sxd.thidua.organisation.CamundaGroups;
import vn.laichau.sxd.thidua.organisation.SubjectType;
import vn.laichau.sxd.thidua.review.Verdict;

/**
 * Message {@code ObjectionRaised}, correlated to the round (business key) with local variables
 * {@code subjectId}, {@code awardCode} and {@code objectionText}: the item passed by the council
 * goes on hold until the secretariat resolves the objection.
 */
@Component("objectionReceived")
class ObjectionReceived implements ExecutionListener {

  private final RoundRepository rounds;
  private final MailNotices notices;
  private final AuditTrail trail;

  ObjectionReceived(RoundRepository rounds, MailNotices notices, AuditTrail trail) {
    this.trail = trail;
    this.rounds = rounds;
    this.notices = notices;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String roundKey = ROUND_KEY.get(execution);
    String subjectId = String.valueOf(SUBJECT_ID.get(execution));
    String awardCode = String.valueOf(AWARD_CODE.get(execution));
    Nominee nominee = rounds.find(roundKey, subjectId, awardCode)
        .filter(n -> n.status() == NominationStatus.ACCEPTED && n.outcome() == CouncilResult.PASSED)
        .orElseThrow(() -> new InvalidInputException("subjectId",
            "Không có nội dung '" + subjectId + " — " + awardCode + "' trong danh sách đang công khai của đợt " + roundKey + "."));
    String text = Verdict.required(execution, OBJECTION_TEXT, "Ý kiến phản ánh phải có nội dung.");
    rounds.setStatus(nominee.id(), NominationStatus.ON_HOLD);
    NOMINATION_ID.setLocal(execution, nominee.id());
    // Kept in this objection's own scope: a later objection must not change what this task shows.
    OBJECTION_TEXT.setLocal(execution, text);
    OBJECTION_ABOUT.setLocal(execution, nominee.describe());
    AuditEntry raised = AuditEntry.of(execution.getProcessBusinessKey(), AuditAction.OBJECTION_RAISED,
        "Có ý kiến phản ánh về " + nominee.describe() + ": " + text).forUnit(nominee.unitCode());
    trail.record(nominee.subjectType() == SubjectType.INDIVIDUAL ? raised.about(nominee.subjectId()) : raised);
    notices.toGroups(MailKind.ALERT, "objection:" + execution.getId(), List.of(CamundaGroups.SECRETARIAT),
        MailContent.of("Có ý kiến phản ánh về danh sách đề nghị khen thưởng").withText(nominee.describe() + ": " + text)
            .withLink(MailNotices.TASKLIST, "Mở danh sách công việc để giải quyết"));
  }
}
