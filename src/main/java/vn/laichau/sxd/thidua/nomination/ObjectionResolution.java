package vn.laichau.sxd.thidua.nomination;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.laichau.sxd.thidua.engine.InvalidInputException;

/** The secretariat's conclusion on an objection: the item is withdrawn, or goes back on the list. */
@Component("objectionResolution")
public class ObjectionResolution implements TaskListener {

  private final RoundRepository rounds;

  public ObjectionResolution(RoundRepository rounds) {
    this.rounds = rounds;
  }

  @Override
  public void notify(DelegateTask task) {
    Object decision = task.getVariable("objectionDecision");
    Object note = task.getVariable("objectionNote");
    if (!"UPHELD".equals(decision) && !"DISMISSED".equals(decision)) {
      throw new InvalidInputException("objectionDecision", "Hãy chọn kết quả giải quyết ý kiến phản ánh.");
    }
    if (note == null || note.toString().isBlank()) {
      throw new InvalidInputException("objectionNote", "Hãy ghi kết luận của Văn phòng.");
    }
    long nominationId = ((Number) task.getVariable("nominationId")).longValue();
    rounds.setStatus(nominationId, "UPHELD".equals(decision) ? "WITHDRAWN" : "ACCEPTED");
  }
}
