package vn.laichau.sxd.thidua.nomination;

import static vn.laichau.sxd.thidua.nomination.RoundVariables.APPRAISAL_DECISION;
import static vn.laichau.sxd.thidua.nomination.RoundVariables.APPRAISAL_NOTE;
import static vn.laichau.sxd.thidua.nomination.RoundVariables.DOSSIER_COMPLETE;
import static vn.laichau.sxd.thidua.nomination.RoundVariables.QUOTA_ACKNOWLEDGED;
import static vn.laichau.sxd.thidua.nomination.RoundVariables.QUOTA_REASON;
import static vn.laichau.sxd.thidua.nomination.RoundVariables.QUOTA_WARNING;
import static vn.laichau.sxd.thidua.nomination.RoundVariables.ROUND_KEY;
import static vn.laichau.sxd.thidua.nomination.RoundVariables.UNIT_CODE;

import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.laichau.sxd.thidua.engine.InvalidInputException;
import vn.laichau.sxd.thidua.review.ReviewDecision;
import vn.laichau.sxd.thidua.review.Verdict;

/**
 * The secretariat's appraisal of a unit's nominations: accept (the dossiers complete against the
 * checklist, the quota warning acknowledged), or return with a reason.
 */
@Component("nominationAppraisal")
class NominationAppraisal implements TaskListener {

  private final RoundRepository rounds;

  NominationAppraisal(RoundRepository rounds) {
    this.rounds = rounds;
  }

  @Override
  public void notify(DelegateTask task) {
    Verdict<ReviewDecision> verdict = Verdict.read(task, APPRAISAL_DECISION, "Hãy chọn kết quả thẩm định: Chấp nhận hoặc Trả lại.",
        APPRAISAL_NOTE, Set.of(ReviewDecision.RETURN), "Trả lại đề nghị thì phải ghi rõ lý do để đơn vị bổ sung.");
    String roundKey = ROUND_KEY.get(task);
    String unitCode = UNIT_CODE.get(task);
    boolean accepted = verdict.is(ReviewDecision.ACCEPT);
    if (accepted && !DOSSIER_COMPLETE.get(task) && rounds.hasNominations(roundKey, unitCode)) {
      throw new InvalidInputException("dossierComplete",
          "Chỉ chấp nhận khi hồ sơ có đủ các thành phần theo danh mục; nếu còn thiếu, hãy trả lại để đơn vị bổ sung.");
    }
    String reason = QUOTA_REASON.get(task);
    if (accepted && QUOTA_WARNING.get(task) != null && (!QUOTA_ACKNOWLEDGED.get(task) || reason == null || reason.isBlank())) {
      throw new InvalidInputException("quotaAcknowledged",
          "Tỷ lệ Hoàn thành xuất sắc nhiệm vụ vượt mức: hãy xác nhận đã xem cảnh báo và ghi lý do trước khi chấp nhận.");
    }
    rounds.setUnitStatus(roundKey, unitCode, accepted ? NominationStatus.ACCEPTED : NominationStatus.RETURNED);
  }
}
