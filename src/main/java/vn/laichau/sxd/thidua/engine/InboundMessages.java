package vn.laichau.sxd.thidua.engine;

import java.util.function.UnaryOperator;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.MessageCorrelationBuilder;
import org.springframework.stereotype.Component;

/**
 * Delivers a message from outside (an objection, the province's decision, a drop) that our
 * endpoints accept after their own checks: refused in Vietnamese unless the process instance is
 * waiting for it, then correlated as the application, since people may not send messages themselves.
 */
@Component
public class InboundMessages {

  private final RuntimeService runtimeService;
  private final IdentityService identityService;

  InboundMessages(RuntimeService runtimeService, IdentityService identityService) {
    this.runtimeService = runtimeService;
    this.identityService = identityService;
  }

  /** Correlates {@code message} to the instance with {@code businessKey}, carrying what {@code variables} adds. */
  public void deliver(String businessKey, String message, String notAwaited, UnaryOperator<MessageCorrelationBuilder> variables) {
    AsApplication.call(identityService, () -> {
      if (runtimeService.createExecutionQuery().processInstanceBusinessKey(businessKey).messageEventSubscriptionName(message).count() == 0) {
        throw new InvalidInputException("businessKey", notAwaited);
      }
      return variables.apply(runtimeService.createMessageCorrelation(message).processInstanceBusinessKey(businessKey))
          .correlateWithResult();
    });
  }
}
