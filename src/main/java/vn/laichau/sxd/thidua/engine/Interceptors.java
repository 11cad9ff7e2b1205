package vn.laichau.sxd.thidua.engine;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/** Adds our command interceptors to the engine's lists of custom ones, which may not exist yet. */
public final class Interceptors {

  private Interceptors() {
  }

  /** The list with {@code added} last, i.e. innermost of the custom interceptors at that place. */
  public static List<CommandInterceptor> appended(List<CommandInterceptor> existing, CommandInterceptor added) {
    List<CommandInterceptor> interceptors = existing == null ? new ArrayList<>() : new ArrayList<>(existing);
    interceptors.add(added);
    return interceptors;
  }
}
