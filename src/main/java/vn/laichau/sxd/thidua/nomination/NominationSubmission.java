package vn.laichau.sxd.thidua.nomination;

import static vn.laichau.sxd.thidua.nomination.RoundVariables.COMMENDATION_TYPE;
import static vn.laichau.sxd.thidua.nomination.RoundVariables.NOMINATES_NOBODY;
import static vn.laichau.sxd.thidua.nomination.RoundVariables.NOMINATIONS;
import static vn.laichau.sxd.thidua.nomination.RoundVariables.NOMINATIONS_VIEW;
import static vn.laichau.sxd.thidua.nomination.RoundVariables.ROUND_KEY;
import static vn.laichau.sxd.thidua.nomination.RoundVariables.UNIT_CODE;
import static vn.laichau.sxd.thidua.nomination.RoundVariables.YEAR;

import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.laichau.sxd.thidua.audit.AuditAction;
import vn.laichau.sxd.thidua.audit.AuditTrail;
import vn.laichau.sxd.thidua.decision.CommendationType;
import vn.laichau.sxd.thidua.engine.InvalidInputException;

/**
 * Completion of a unit's nomination task: checked by {@link NominationService}, then stored; the
 * secretariat's view lists each item with the documents its dossier needs.
 */
@Component("nominationSubmission")
class NominationSubmission implements TaskListener {

  private final NominationService nominations;
  private final RoundRepository rounds;
  private final AuditTrail trail;

  NominationSubmission(NominationService nominations, RoundRepository rounds, AuditTrail trail) {
    this.trail = trail;
    this.nominations = nominations;
    this.rounds = rounds;
  }

  @Override
  public void notify(DelegateTask task) {
    String unitCode = UNIT_CODE.get(task);
    CommendationType type = COMMENDATION_TYPE.get(task);
    List<Nomination> list = Objects.requireNonNullElse(NOMINATIONS.get(task), List.<NominationLine>of()).stream()
        .flatMap(NominationLine::nominations).toList();
    if (list.stream().anyMatch(line -> line.awardCode() == null)) {
      throw new InvalidInputException("nominations", "Hãy chọn danh hiệu, hình thức khen thưởng cho từng người, tập thể được đề nghị.");
    }
    boolean nobody = NOMINATES_NOBODY.get(task);
    if (list.isEmpty() && !nobody) {
      throw new InvalidInputException("nominations",
          "Hãy chọn người, tập thể được đề nghị, hoặc đánh dấu «Đơn vị không đề nghị khen thưởng trong đợt này».");
    }
    if (!list.isEmpty() && nobody) {
      throw new InvalidInputException("nominatesNobody",
          "Đã đánh dấu «Đơn vị không đề nghị khen thưởng trong đợt này» nhưng danh sách vẫn có người được đề nghị.");
    }
    List<Nominee> nominees = nominations.check(YEAR.get(task), unitCode, type, list);
    rounds.replaceUnit(ROUND_KEY.get(task), unitCode, nominees);
    nominees.forEach(n -> trail.record(n.diaryEntry(ROUND_KEY.get(task), AuditAction.NOMINATED, "Đơn vị đề nghị " + n.describe() + ".")));
    NOMINATIONS_VIEW.set(task, nominees.stream().map(n -> new NomineeView(n.subjectName(), n.awardCode().label(),
        Objects.requireNonNullElse(n.achievementSummary(), ""), String.join("; ", nominations.requiredDocuments(n.awardCode(), type))))
        .toList());
  }
}
