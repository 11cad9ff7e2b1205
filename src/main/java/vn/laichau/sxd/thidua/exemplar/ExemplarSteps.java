package vn.laichau.sxd.thidua.exemplar;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import vn.laichau.sxd.thidua.engine.InvalidInputException;

/**
 * The reports people file along an exemplar's cycle (proposal with evidence, nurturing plan,
 * progress, summary, adoption): each needs its fields filled and enters the exemplar's history.
 */
@Component("exemplarSteps")
public class ExemplarSteps implements TaskListener {

  private record Field(String name, String label) {
  }

  private record Step(String event, List<Field> fields) {
  }

  private static final Map<String, Step> STEPS = Map.of(
      "proposeExemplar", new Step("PROPOSED", List.of(new Field("evidence", "Minh chứng"))),
      "nurturePlan", new Step("PLAN_AGREED", List.of(new Field("goals", "Mục tiêu"), new Field("support", "Hỗ trợ"),
          new Field("mentor", "Người hướng dẫn"), new Field("milestones", "Các mốc"))),
      "progressReport", new Step("PROGRESS_REPORTED", List.of(new Field("progress", "Tiến độ, kết quả trong quý"))),
      "summaryReport", new Step("SUMMARY_REPORTED", List.of(new Field("results", "Kết quả"), new Field("lessons", "Bài học kinh nghiệm"))),
      "reportAdoption", new Step("ADOPTION_REPORTED", List.of(new Field("adopted", "Nội dung áp dụng"), new Field("adoptionResult", "Kết quả"))));

  private final ExemplarRepository exemplars;
  private final ExemplarService service;

  public ExemplarSteps(ExemplarRepository exemplars, ExemplarService service) {
    this.exemplars = exemplars;
    this.service = service;
  }

  @Override
  public void notify(DelegateTask task) {
    Step step = STEPS.get(task.getTaskDefinitionKey());
    Map<String, String> values = new LinkedHashMap<>();
    for (Field field : step.fields()) {
      Object value = task.getVariable(field.name());
      if (value == null || value.toString().isBlank()) {
        throw new InvalidInputException(field.name(), "Hãy điền mục '" + field.label() + "'.");
      }
      values.put(field.label(), value.toString().strip());
    }
    long id = ((Number) task.getVariable("exemplarId")).longValue();
    Object unit = task.getVariable("adoptingUnit");
    exemplars.event(id, exemplars.find(id).stage(), step.event(), unit == null ? null : unit.toString(),
        values.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining("\n")),
        service.currentUser(), ClockUtil.getCurrentTime().toInstant());
  }
}
