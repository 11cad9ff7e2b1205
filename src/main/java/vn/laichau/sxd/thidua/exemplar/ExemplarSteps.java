package vn.laichau.sxd.thidua.exemplar;

import static vn.laichau.sxd.thidua.exemplar.ExemplarVariables.ADOPTED;
import static vn.laichau.sxd.thidua.exemplar.ExemplarVariables.ADOPTING_UNIT;
import static vn.laichau.sxd.thidua.exemplar.ExemplarVariables.ADOPTION_RESULT;
import static vn.laichau.sxd.thidua.exemplar.ExemplarVariables.EVIDENCE;
import static vn.laichau.sxd.thidua.exemplar.ExemplarVariables.EXEMPLAR_ID;
import static vn.laichau.sxd.thidua.exemplar.ExemplarVariables.GOALS;
import static vn.laichau.sxd.thidua.exemplar.ExemplarVariables.LESSONS;
import static vn.laichau.sxd.thidua.exemplar.ExemplarVariables.MENTOR;
import static vn.laichau.sxd.thidua.exemplar.ExemplarVariables.MILESTONES;
import static vn.laichau.sxd.thidua.exemplar.ExemplarVariables.PROGRESS;
import static vn.laichau.sxd.thidua.exemplar.ExemplarVariables.RESULTS;
import static vn.laichau.sxd.thidua.exemplar.ExemplarVariables.SUPPORT;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import vn.laichau.sxd.thidua.engine.Variable;
import vn.laichau.sxd.thidua.review.Verdict;

/**
 * The reports people file along an exemplar's cycle (proposal with evidence, nurturing plan,
 * progress, summary, adoption): each needs its fields filled and enters the exemplar's history.
 */
@Component("exemplarSteps")
class ExemplarSteps implements TaskListener {

  private record Field(Variable<String> variable, String label) {
  }

  private record Step(String event, List<Field> fields) {
  }

  private static final Map<String, Step> STEPS = Map.of(
      "proposeExemplar", new Step("PROPOSED", List.of(new Field(EVIDENCE, "Minh chứng"))),
      "nurturePlan", new Step("PLAN_AGREED", List.of(new Field(GOALS, "Mục tiêu"), new Field(SUPPORT, "Hỗ trợ"),
          new Field(MENTOR, "Người hướng dẫn"), new Field(MILESTONES, "Các mốc"))),
      "progressReport", new Step("PROGRESS_REPORTED", List.of(new Field(PROGRESS, "Tiến độ, kết quả trong quý"))),
      "summaryReport", new Step("SUMMARY_REPORTED", List.of(new Field(RESULTS, "Kết quả"), new Field(LESSONS, "Bài học kinh nghiệm"))),
      "reportAdoption", new Step("ADOPTION_REPORTED", List.of(new Field(ADOPTED, "Nội dung áp dụng"), new Field(ADOPTION_RESULT, "Kết quả"))));

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
      values.put(field.label(), Verdict.required(task, field.variable(), "Hãy điền mục '" + field.label() + "'."));
    }
    long id = EXEMPLAR_ID.get(task);
    exemplars.event(id, exemplars.find(id).stage(), step.event(), ADOPTING_UNIT.get(task),
        values.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining("\n")),
        service.currentUser(), ClockUtil.getCurrentTime().toInstant());
  }
}
