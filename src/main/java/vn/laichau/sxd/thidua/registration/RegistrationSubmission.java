package vn.laichau.sxd.thidua.registration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import vn.laichau.sxd.thidua.engine.InvalidInputException;
import vn.laichau.sxd.thidua.engine.VariableJson;

/**
 * Completion of a unit's registration task. Enforces on the server what the form asks for — a
 * collective title choice and at least one model, initiative, solution or exemplar candidate with
 * a name, kind and owner — and records the registration in the same transaction.
 */
@Component("registrationSubmission")
public class RegistrationSubmission implements TaskListener {

  static final Set<String> UNIT_TITLES = Set.of("TTLDTT", "TTLDXS", "CO_THI_DUA_TINH", "NONE");
  static final Set<String> CANDIDATE_KINDS = Set.of("MO_HINH", "SANG_KIEN", "GIAI_PHAP", "DIEN_HINH");

  private final RegistrationRepository registrations;
  private final IdentityService identityService;

  public RegistrationSubmission(RegistrationRepository registrations, IdentityService identityService) {
    this.registrations = registrations;
    this.identityService = identityService;
  }

  @Override
  public void notify(DelegateTask task) {
    Object unitTitle = task.getVariable("unitTitle");
    if (unitTitle == null || !UNIT_TITLES.contains(unitTitle.toString())) {
      throw new InvalidInputException("unitTitle", "Hãy chọn danh hiệu tập thể đăng ký (hoặc 'Không đăng ký danh hiệu tập thể').");
    }
    JsonNode candidates = VariableJson.read(task.getVariable("candidates"), "candidates", "mô hình, sáng kiến");
    if (!candidates.isArray() || candidates.isEmpty()) {
      throw new InvalidInputException("candidates",
          "Phải đăng ký ít nhất một mô hình, sáng kiến, giải pháp hoặc điển hình tiên tiến (chỉ tiêu 4).");
    }
    int row = 0;
    for (JsonNode candidate : candidates) {
      row++;
      if (text(candidate, "name").isEmpty() || text(candidate, "owner").isEmpty()) {
        throw new InvalidInputException("candidates", "Mô hình, sáng kiến thứ " + row + ": phải có tên và người hoặc tập thể thực hiện.");
      }
      if (!CANDIDATE_KINDS.contains(text(candidate, "kind"))) {
        throw new InvalidInputException("candidates", "Mô hình, sáng kiến thứ " + row + ": loại phải là mô hình, sáng kiến, giải pháp hoặc điển hình.");
      }
    }
    ObjectNode content = VariableJson.mapper().createObjectNode();
    content.put("unitTitle", unitTitle.toString());
    content.put("individualTitles", String.valueOf(task.getVariable("individualTitles") == null ? "" : task.getVariable("individualTitles")));
    content.set("indicatorTargets", VariableJson.read(task.getVariable("indicatorTargets"), "indicatorTargets", "chỉ tiêu"));
    content.set("candidates", candidates);
    int year = (Integer) task.getVariable("year");
    String unitCode = (String) task.getVariable("unitCode");
    registrations.saveSubmission(year, unitCode, candidates.size(), content.toString(), currentUser(identityService),
        ClockUtil.getCurrentTime().toInstant());
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? "" : value.asText().strip();
  }

  static String currentUser(IdentityService identityService) {
    Authentication authentication = identityService.getCurrentAuthentication();
    return authentication == null ? null : authentication.getUserId();
  }
}
