package vn.laichau.sxd.thidua.nomination;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.laichau.sxd.thidua.engine.InvalidInputException;

/**
 * The secretariat's appraisal of a unit's nominations: accept (the dossiers complete against the
 * checklist, the quota warning acknowledged), or return with a reason.
 */
@Component("nominationAppraisal")
public class NominationAppraisal implements TaskListener {

  private final RoundRepository rounds;

  public NominationAppraisal(RoundRepository rounds) {
    this.rounds = rounds;
  }

  @Override
  public void notify(DelegateTask task) {
    Object decision = task.getVariable("appraisalDecision");
    Object note = task.getVariable("appraisalNote");
    if ("RETURN".equals(decision) && (note == null || note.toString().isBlank())) {
      throw new InvalidInputException("appraisalNote", "Trả lại đề nghị thì phải ghi rõ lý do để đơn vị bổ sung.");
    }
    if (!"ACCEPT".equals(decision) && !"RETURN".equals(decision)) {
      throw new InvalidInputException("appraisalDecision", "Hãy chọn kết quả thẩm định: Chấp nhận hoặc Trả lại.");
    }
    String roundKey = (String) task.getVariable("roundKey");
    String unitCode = (String) task.getVariable("unitCode");
    if ("ACCEPT".equals(decision) && !Boolean.TRUE.equals(task.getVariable("dossierComplete")) && rounds.hasNominations(roundKey, unitCode)) {
      throw new InvalidInputException("dossierComplete",
          "Chỉ chấp nhận khi hồ sơ có đủ các thành phần theo danh mục; nếu còn thiếu, hãy trả lại để đơn vị bổ sung.");
    }
    Object warning = task.getVariable("quotaWarning");
    boolean acknowledged = Boolean.TRUE.equals(task.getVariable("quotaAcknowledged"));
    Object reason = task.getVariable("quotaReason");
    if ("ACCEPT".equals(decision) && warning != null && (!acknowledged || reason == null || reason.toString().isBlank())) {
      throw new InvalidInputException("quotaAcknowledged",
          "Tỷ lệ Hoàn thành xuất sắc nhiệm vụ vượt mức: hãy xác nhận đã xem cảnh báo và ghi lý do trước khi chấp nhận.");
    }
    rounds.setUnitStatus(roundKey, unitCode, "ACCEPT".equals(decision) ? "ACCEPTED" : "RETURNED");
  }
}
