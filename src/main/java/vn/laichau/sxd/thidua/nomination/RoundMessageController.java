package vn.laichau.sxd.thidua.nomination;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.laichau.sxd.thidua.engine.AsApplication;
import vn.laichau.sxd.thidua.engine.AwaitedMessages;
import vn.laichau.sxd.thidua.engine.InvalidInputException;
import vn.laichau.sxd.thidua.engine.VariableJson;

/**
 * What reaches the Department from outside a round, for the secretariat (the path is limited to
 * it): an objection during the disclosure ({@code ObjectionRaised}) and the province's decision on
 * a submission ({@code ProvincialDecisionReceived}). The same rules apply as to a message sent
 * through {@code /engine-rest}; a refused message changes nothing.
 */
@RestController
public class RoundMessageController {

  public record Objection(String subjectId, String awardCode, String text) {
  }

  public record ProvinceItem(String subjectId, String awardCode, Boolean approved, String note) {
  }

  public record ProvinceDecision(String decisionNumber, String decisionDate, List<ProvinceItem> items) {
  }

  private final RuntimeService runtimeService;
  private final IdentityService identityService;

  public RoundMessageController(RuntimeService runtimeService, IdentityService identityService) {
    this.runtimeService = runtimeService;
    this.identityService = identityService;
  }

  @PostMapping("/api/rounds/{businessKey}/objections")
  @ResponseStatus(HttpStatus.ACCEPTED)
  public void objection(@PathVariable String businessKey, @RequestBody Objection objection) {
    requireWaiting(businessKey, "ObjectionRaised", "Đợt " + businessKey + " không trong thời gian công khai danh sách.");
    AsApplication.call(identityService, () -> runtimeService.createMessageCorrelation("ObjectionRaised")
        .processInstanceBusinessKey(businessKey)
        .setVariableLocal("subjectId", objection.subjectId()).setVariableLocal("awardCode", objection.awardCode())
        .setVariableLocal("objectionText", objection.text()).correlateWithResult());
  }

  @PostMapping("/api/provincial-submissions/{businessKey}/decisions")
  @ResponseStatus(HttpStatus.ACCEPTED)
  public void provinceDecision(@PathVariable String businessKey, @RequestBody ProvinceDecision decision, Authentication user) {
    requireWaiting(businessKey, "ProvincialDecisionReceived", "Tờ trình " + businessKey + " không ở bước chờ quyết định của tỉnh.");
    String items = VariableJson.mapper().valueToTree(decision.items() == null ? List.of() : decision.items()).toString();
    AsApplication.call(identityService, () -> runtimeService.createMessageCorrelation("ProvincialDecisionReceived")
        .processInstanceBusinessKey(businessKey)
        .setVariables(Variables.createVariables().putValue("provinceDecisionNumber", decision.decisionNumber())
            .putValue("provinceDecisionDate", decision.decisionDate())
            .putValueTyped("provinceDecisions", SpinValues.jsonValue(items).create())
            .putValue("provinceDecisionRecordedBy", user.getName()))
        .correlateWithResult());
  }

  private void requireWaiting(String businessKey, String message, String refusal) {
    if (!AwaitedMessages.awaits(runtimeService, identityService, businessKey, message)) {
      throw new InvalidInputException("businessKey", refusal);
    }
  }
}
