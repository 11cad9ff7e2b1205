package vn.laichau.sxd.thidua.engine;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * The engine wraps exceptions thrown by task listeners ("Exception while invoking TaskListener"),
 * which would turn a clear Vietnamese refusal into a generic server error. The outermost command
 * interceptor rethrows the original {@link InvalidInputException} instead; the transaction has
 * already been rolled back further in.
 */
@Component
class InvalidInputUnwrappingPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setCustomPreCommandInterceptorsTxRequired(
        withUnwrapping(configuration.getCustomPreCommandInterceptorsTxRequired()));
    configuration.setCustomPreCommandInterceptorsTxRequiresNew(
        withUnwrapping(configuration.getCustomPreCommandInterceptorsTxRequiresNew()));
  }

  private static List<CommandInterceptor> withUnwrapping(List<CommandInterceptor> existing) {
    List<CommandInterceptor> interceptors = new ArrayList<>();
    interceptors.add(new Unwrapping());
    if (existing != null) {
      interceptors.addAll(existing);
    }
    return interceptors;
  }

  static final class Unwrapping extends CommandInterceptor {
    @Override
    public <T> T execute(Command<T> command) {
      try {
        return next.execute(command);
      } catch (ProcessEngineException e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
          if (cause instanceof InvalidInputException invalid) {
            throw invalid;
          }
        }
        throw e;
      }
    }
  }
}
