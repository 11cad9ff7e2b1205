package vn.laichau.sxd.thidua.engine;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;

/** Whether a process instance (by business key) is waiting for a message, looked up as the application. */
public final class AwaitedMessages {

  private AwaitedMessages() {
  }

  public static boolean awaits(RuntimeService runtimeService, IdentityService identityService, String businessKey, String messageName) {
    return AsApplication.call(identityService, () -> runtimeService.createExecutionQuery().processInstanceBusinessKey(businessKey)
        .messageEventSubscriptionName(messageName).count() > 0);
  }
}
