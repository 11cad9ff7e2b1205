package vn.laichau.sxd.thidua.exemplar;

import static vn.laichau.sxd.thidua.exemplar.ExemplarVariables.EXEMPLAR_ID;
import static vn.laichau.sxd.thidua.exemplar.ExemplarVariables.SCREENING_DECISION;
import static vn.laichau.sxd.thidua.exemplar.ExemplarVariables.SCREENING_NOTE;

import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import vn.laichau.sxd.thidua.review.Verdict;

/** The secretariat screens a proposed exemplar: to the council, or dropped with a reason. */
@Component("exemplarScreening")
class ExemplarScreening implements TaskListener {

  private final ExemplarRepository exemplars;
  private final ExemplarService service;

  public ExemplarScreening(ExemplarRepository exemplars, ExemplarService service) {
    this.exemplars = exemplars;
    this.service = service;
  }

  @Override
  public void notify(DelegateTask task) {
    Verdict<ScreeningDecision> verdict = Verdict.read(task, SCREENING_DECISION, "Hãy chọn: trình Hội đồng hoặc dừng.",
        SCREENING_NOTE, Set.of(ScreeningDecision.DROP), "Dừng điển hình thì phải ghi rõ lý do.");
    long id = EXEMPLAR_ID.get(task);
    boolean dropped = verdict.is(ScreeningDecision.DROP);
    exemplars.event(id, Stage.PHAT_HIEN, dropped ? "DROPPED" : "SCREENED", null, verdict.note(), service.currentUser(),
        ClockUtil.getCurrentTime().toInstant());
    if (dropped) {
      exemplars.end(id, ExemplarStatus.DROPPED, ClockUtil.getCurrentTime().toInstant());
    }
  }
}
