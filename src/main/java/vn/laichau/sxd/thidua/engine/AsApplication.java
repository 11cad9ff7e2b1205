package vn.laichau.sxd.thidua.engine;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Runs work of the application itself without the engine authorization of the person whose
 * request triggered it, then restores that person's authentication. Only for work whose right was
 * already checked (or that is the system's own paperwork), never to widen what a user may do.
 */
public final class AsApplication {

  private AsApplication() {
  }

  public static <T> T call(IdentityService identityService, Supplier<T> work) {
    Authentication caller = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      return work.get();
    } finally {
      if (caller != null) {
        identityService.setAuthentication(caller);
      }
    }
  }
}
