package vn.laichau.sxd.thidua.engine;

import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * When people complete tasks of one multi-instance at the same moment (ten units reporting), each
 * completion that ends a branch updates the same counters, and all but one fail the engine's
 * optimistic lock. The whole transaction has then been rolled back, business rows included, so
 * running the completion again is safe: it is retried, after a short random pause, up to
 * {@value #ATTEMPTS} times, and the person sees no error. Only a completion that is a transaction
 * of its own is retried (never one inside a caller's transaction, which is already lost).
 */
@Component
class ConflictRetryPlugin extends AbstractProcessEnginePlugin {

  static final int ATTEMPTS = 12;

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setCustomPreCommandInterceptorsTxRequired(
        Interceptors.appended(configuration.getCustomPreCommandInterceptorsTxRequired(), new Retrying()));
  }

  static final class Retrying extends CommandInterceptor {
    private final ThreadLocal<Boolean> retrying = ThreadLocal.withInitial(() -> false);

    @Override
    public <T> T execute(Command<T> command) {
      boolean completion = command instanceof CompleteTaskCmd || command instanceof SubmitTaskFormCmd;
      if (!completion || retrying.get() || TransactionSynchronizationManager.isActualTransactionActive()) {
        return next.execute(command);
      }
      retrying.set(true);
      try {
        for (int attempt = 1; ; attempt++) {
          try {
            return next.execute(command);
          } catch (OptimisticLockingException conflict) {
            if (attempt == ATTEMPTS) {
              throw conflict;
            }
            pause(attempt);
          }
        }
      } finally {
        retrying.set(false);
      }
    }

    private static void pause(int attempt) {
      try {
        Thread.sleep(ThreadLocalRandom.current().nextLong(10, 60L * attempt));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }
}
