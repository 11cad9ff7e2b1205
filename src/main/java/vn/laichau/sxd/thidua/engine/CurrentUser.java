package vn.laichau.sxd.thidua.engine;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** The engine user on whose behalf the current command runs, for "recorded by" columns. */
public final class CurrentUser {

  private CurrentUser() {
  }

  /** The user id, or null when the application itself runs the step (a job, a timer). */
  public static String id(IdentityService identityService) {
    Authentication authentication = identityService.getCurrentAuthentication();
    return authentication == null ? null : authentication.getUserId();
  }
}
