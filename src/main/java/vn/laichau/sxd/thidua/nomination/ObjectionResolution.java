package vn.laichau.sxd.thidua.nomination;

import static vn.laichau.sxd.thidua.nomination.RoundVariables.NOMINATION_ID;
import static vn.laichau.sxd.thidua.nomination.RoundVariables.OBJECTION_DECISION;
import static vn.laichau.sxd.thidua.nomination.RoundVariables.OBJECTION_NOTE;

import java.util.EnumSet;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.laichau.sxd.thidua.review.Verdict;

/** The secretariat's conclusion on an objection: the item is withdrawn, or goes back on the list. */
@Component("objectionResolution")
class ObjectionResolution implements TaskListener {

  private final RoundRepository rounds;

  ObjectionResolution(RoundRepository rounds) {
    this.rounds = rounds;
  }

  @Override
  public void notify(DelegateTask task) {
    Verdict<ObjectionDecision> verdict = Verdict.read(task, OBJECTION_DECISION, "Hãy chọn kết quả giải quyết ý kiến phản ánh.",
        OBJECTION_NOTE, EnumSet.allOf(ObjectionDecision.class), "Hãy ghi kết luận của Văn phòng.");
    rounds.setStatus(NOMINATION_ID.get(task), verdict.is(ObjectionDecision.UPHELD) ? NominationStatus.WITHDRAWN : NominationStatus.ACCEPTED);
  }
}
