package vn.laichau.sxd.thidua.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.laichau.sxd.thidua.engine.CurrentUser;
import vn.laichau.sxd.thidua.organisation.OrganisationService;

/**
 * Where features and the engine report what was done. An entry is kept with the transaction of the
 * action: appended to the chain just before that transaction commits, and gone with it if it rolls
 * back, so the trail never names something that did not happen nor misses something that did.
 */
@Service
public class AuditTrail {

  static final String SYSTEM = "Hệ thống";

  private final AuditChain chain;
  private final IdentityService identityService;
  private final OrganisationService organisation;
  private final TransactionTemplate transactions;

  AuditTrail(AuditChain chain, IdentityService identityService, OrganisationService organisation, TransactionTemplate transactions) {
    this.chain = chain;
    this.identityService = identityService;
    this.organisation = organisation;
    this.transactions = transactions;
  }

  /** Records the entry as done by the signed-in person, or by the system when a job or timer runs. */
  public void record(AuditEntry entry) {
    record(entry, signedIn().orElse(null));
  }

  /** Records the entry as done by {@code actor} (null: the system). */
  public void record(AuditEntry entry, String actor) {
    AuditChain.Pending pending = new AuditChain.Pending(entry.businessKey(), ClockUtil.getCurrentTime().toInstant().truncatedTo(ChronoUnit.MILLIS),
        actor, null, entry.action(), entry.text(), entry.unitCode(), entry.subject());
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      transactions.executeWithoutResult(status -> chain.append(named(List.of(pending))));
      return;
    }
    pendingOfThisTransaction().add(pending);
  }

  /**
   * The person signed in for the current step, if a person (not a job) runs it: the engine's user, or the caller of
   * the request when the application acts on their behalf (a message delivered to a process, as the application).
   */
  Optional<String> signedIn() {
    String engineUser = CurrentUser.id(identityService);
    if (engineUser != null) {
      return Optional.of(engineUser);
    }
    Authentication caller = SecurityContextHolder.getContext().getAuthentication();
    return caller == null || caller instanceof AnonymousAuthenticationToken || !caller.isAuthenticated() ? Optional.empty()
        : Optional.of(caller.getName());
  }

  /** The entries with their actors' names, each person's looked up once (a decision writes hundreds of entries by one person). */
  private List<AuditChain.Pending> named(List<AuditChain.Pending> entries) {
    Map<String, String> names = new HashMap<>();
    return entries.stream().map(e -> new AuditChain.Pending(e.businessKey(), e.at(), e.actor(),
        e.actor() == null ? SYSTEM : names.computeIfAbsent(e.actor(), organisation::fullName), e.action(), e.text(), e.unitCode(),
        e.subject())).toList();
  }

  @SuppressWarnings("unchecked")
  private List<AuditChain.Pending> pendingOfThisTransaction() {
    List<AuditChain.Pending> pending = (List<AuditChain.Pending>) TransactionSynchronizationManager.getResource(this);
    if (pending == null) {
      List<AuditChain.Pending> entries = new ArrayList<>();
      TransactionSynchronizationManager.bindResource(this, entries);
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void beforeCommit(boolean readOnly) {
          chain.append(named(entries));
        }

        @Override
        public void afterCompletion(int status) {
          TransactionSynchronizationManager.unbindResourceIfPossible(AuditTrail.this);
        }
      });
      pending = entries;
    }
    return pending;
  }
}
