package vn.laichau.sxd.thidua.exemplar;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import vn.laichau.sxd.thidua.engine.InvalidInputException;

/** The secretariat screens a proposed exemplar: to the council, or dropped with a reason. */
@Component("exemplarScreening")
public class ExemplarScreening implements TaskListener {

  private final ExemplarRepository exemplars;
  private final ExemplarService service;

  public ExemplarScreening(ExemplarRepository exemplars, ExemplarService service) {
    this.exemplars = exemplars;
    this.service = service;
  }

  @Override
  public void notify(DelegateTask task) {
    Object decision = task.getVariable("screeningDecision");
    Object note = task.getVariable("screeningNote");
    if (!"FORWARD".equals(decision) && !"DROP".equals(decision)) {
      throw new InvalidInputException("screeningDecision", "Hãy chọn: trình Hội đồng hoặc dừng.");
    }
    if ("DROP".equals(decision) && (note == null || note.toString().isBlank())) {
      throw new InvalidInputException("screeningNote", "Dừng điển hình thì phải ghi rõ lý do.");
    }
    long id = ((Number) task.getVariable("exemplarId")).longValue();
    exemplars.event(id, Stage.PHAT_HIEN, "DROP".equals(decision) ? "DROPPED" : "SCREENED", null, note == null ? null : note.toString(),
        service.currentUser(), ClockUtil.getCurrentTime().toInstant());
    if ("DROP".equals(decision)) {
      exemplars.end(id, "DROPPED", ClockUtil.getCurrentTime().toInstant());
    }
  }
}
