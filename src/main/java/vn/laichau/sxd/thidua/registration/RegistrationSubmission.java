package vn.laichau.sxd.thidua.registration;

import static vn.laichau.sxd.thidua.registration.RegistrationVariables.CANDIDATES;
import static vn.laichau.sxd.thidua.registration.RegistrationVariables.INDICATOR_TARGETS;
import static vn.laichau.sxd.thidua.registration.RegistrationVariables.INDIVIDUAL_TITLES;
import static vn.laichau.sxd.thidua.registration.RegistrationVariables.UNIT_CODE;
import static vn.laichau.sxd.thidua.registration.RegistrationVariables.UNIT_TITLE;
import static vn.laichau.sxd.thidua.registration.RegistrationVariables.UNIT_TITLE_LABEL;
import static vn.laichau.sxd.thidua.registration.RegistrationVariables.YEAR;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;
import vn.laichau.sxd.thidua.engine.CurrentUser;
import vn.laichau.sxd.thidua.engine.InvalidInputException;
import vn.laichau.sxd.thidua.engine.VariableJson;

/**
 * Completion of a unit's registration task. Enforces on the server what the form asks for — a
 * collective title choice and at least one model, initiative, solution or exemplar candidate with
 * a name, kind and owner — and records the registration in the same transaction.
 */
@Component("registrationSubmission")
class RegistrationSubmission implements TaskListener {

  private final RegistrationRepository registrations;
  private final IdentityService identityService;

  public RegistrationSubmission(RegistrationRepository registrations, IdentityService identityService) {
    this.registrations = registrations;
    this.identityService = identityService;
  }

  @Override
  public void notify(DelegateTask task) {
    CollectiveTitleChoice unitTitle = Optional.ofNullable(UNIT_TITLE.get(task)).orElseThrow(() ->
        new InvalidInputException(UNIT_TITLE.name(), "Hãy chọn danh hiệu tập thể đăng ký (hoặc 'Không đăng ký danh hiệu tập thể')."));
    JsonNode candidates = labelledCandidates(CANDIDATES.get(task));
    // Vietnamese labels beside the codes, for the forms that show this registration to people.
    CANDIDATES.set(task, SpinValues.jsonValue(candidates.toString()).create());
    UNIT_TITLE_LABEL.set(task, unitTitle.label());

    ObjectNode content = VariableJson.mapper().createObjectNode();
    content.put("unitTitle", unitTitle.name());
    content.put("individualTitles", Objects.requireNonNullElse(INDIVIDUAL_TITLES.get(task), ""));
    content.set("indicatorTargets", VariableJson.read(INDICATOR_TARGETS.get(task), INDICATOR_TARGETS.name(), "chỉ tiêu"));
    content.set("candidates", candidates);
    registrations.saveSubmission(YEAR.get(task), UNIT_CODE.get(task), candidates.size(),
        content.toString(), CurrentUser.id(identityService), ClockUtil.getCurrentTime().toInstant());
  }

  /** The candidates, each checked and given the Vietnamese label of its kind. */
  private static JsonNode labelledCandidates(Object value) {
    JsonNode candidates = VariableJson.read(value, CANDIDATES.name(), "mô hình, sáng kiến");
    if (!candidates.isArray() || candidates.isEmpty()) {
      throw new InvalidInputException("candidates",
          "Phải đăng ký ít nhất một mô hình, sáng kiến, giải pháp hoặc điển hình tiên tiến (chỉ tiêu 4).");
    }
    for (int i = 0; i < candidates.size(); i++) {
      String position = "Mô hình, sáng kiến thứ " + (i + 1) + ": ";
      if (!(candidates.get(i) instanceof ObjectNode candidate)) {
        throw new InvalidInputException("candidates", position + "dữ liệu không đúng định dạng.");
      }
      if (text(candidate, "name").isEmpty() || text(candidate, "owner").isEmpty()) {
        throw new InvalidInputException("candidates", position + "phải có tên và người hoặc tập thể thực hiện.");
      }
      CandidateKind kind = CandidateKind.of(text(candidate, "kind")).orElseThrow(() ->
          new InvalidInputException("candidates", position + "loại phải là mô hình, sáng kiến, giải pháp hoặc điển hình."));
      candidate.put("kindLabel", kind.label());
    }
    return candidates;
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? "" : value.asText().strip();
  }
}
