package vn.laichau.sxd.thidua.nomination;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import vn.laichau.sxd.thidua.engine.InvalidInputException;

/**
 * Message {@code ObjectionRaised}, correlated to the round (business key) with local variables
 * {@code subjectId}, {@code awardCode} and {@code objectionText}: the item passed by the council
 * goes on hold until the secretariat resolves the objection.
 */
@Component("objectionReceived")
public class ObjectionReceived implements ExecutionListener {

  private final RoundRepository rounds;

  public ObjectionReceived(RoundRepository rounds) {
    this.rounds = rounds;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String roundKey = (String) execution.getVariable("roundKey");
    Object subjectId = execution.getVariable("subjectId");
    Object awardCode = execution.getVariable("awardCode");
    RoundRepository.Nominee nominee = rounds.find(roundKey, String.valueOf(subjectId), String.valueOf(awardCode))
        .filter(n -> "ACCEPTED".equals(n.status()) && "PASSED".equals(n.outcome()))
        .orElseThrow(() -> new InvalidInputException("subjectId",
            "Không có nội dung '" + subjectId + " — " + awardCode + "' trong danh sách đang công khai của đợt " + roundKey + "."));
    Object text = execution.getVariable("objectionText");
    if (text == null || text.toString().isBlank()) {
      throw new InvalidInputException("objectionText", "Ý kiến phản ánh phải có nội dung.");
    }
    rounds.setStatus(nominee.id(), "ON_HOLD");
    execution.setVariableLocal("nominationId", nominee.id());
    // Kept in this objection's own scope: a later objection must not change what this task shows.
    execution.setVariableLocal("objectionText", text.toString());
    execution.setVariableLocal("objectionAbout", nominee.subjectName() + " — " + AwardCode.labelOf(nominee.awardCode()));
  }
}
