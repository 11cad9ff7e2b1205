package vn.laichau.sxd.thidua.submission;

import static vn.laichau.sxd.thidua.submission.SubmissionVariables.PROVINCE_DECISIONS;
import static vn.laichau.sxd.thidua.submission.SubmissionVariables.PROVINCE_DECISION_DATE;
import static vn.laichau.sxd.thidua.submission.SubmissionVariables.PROVINCE_DECISION_NUMBER;
import static vn.laichau.sxd.thidua.submission.SubmissionVariables.PROVINCE_DECISION_RECORDED_BY;

import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.laichau.sxd.thidua.engine.InboundMessages;

/**
 * The province's decision on a submission ({@code ProvincialDecisionReceived}), entered by the
 * secretariat (the path is limited to it). The same rules apply as to a message sent through
 * {@code /engine-rest}; a refused message changes nothing.
 */
@RestController
class ProvincialDecisionController {

  static final String MESSAGE = "ProvincialDecisionReceived";

  record ProvinceDecision(String decisionNumber, String decisionDate, List<ProvinceItem> items) {
  }

  private final InboundMessages messages;

  ProvincialDecisionController(InboundMessages messages) {
    this.messages = messages;
  }

  @PostMapping("/api/provincial-submissions/{businessKey}/decisions")
  @ResponseStatus(HttpStatus.ACCEPTED)
  public void provinceDecision(@PathVariable String businessKey, @RequestBody ProvinceDecision decision, Authentication user) {
    messages.deliver(businessKey, MESSAGE, "Tờ trình " + businessKey + " không ở bước chờ quyết định của tỉnh.",
        message -> message.setVariables(Variables.createVariables()
            .putValue(PROVINCE_DECISION_NUMBER.name(), decision.decisionNumber())
            .putValue(PROVINCE_DECISION_DATE.name(), decision.decisionDate())
            .putValue(PROVINCE_DECISIONS.name(), PROVINCE_DECISIONS.stored(Objects.requireNonNullElse(decision.items(), List.of())))
            .putValue(PROVINCE_DECISION_RECORDED_BY.name(), user.getName())));
  }
}
