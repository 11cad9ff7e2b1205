package vn.laichau.sxd.thidua;

import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;

/**
 * Runs the jobs that are due on the engine clock, one after another, as the job executor would.
 * The generation of documents (process {@code document-generation}) is left out unless asked for:
 * a process test checks which documents are issued, the document tests check what they hold.
 */
public final class Jobs {

  private static final int AT_MOST = 1000;
  private static final String DOCUMENTS = "document-generation";

  private Jobs() {
  }

  public static void runDue(ManagementService managementService) {
    run(managementService, false);
  }

  /** Runs the due jobs, the generation of documents included. */
  public static void runDueWithDocuments(ManagementService managementService) {
    run(managementService, true);
  }

  private static void run(ManagementService managementService, boolean documents) {
    for (int run = 0; run < AT_MOST; run++) {
      Optional<Job> due = managementService.createJobQuery().executable().list().stream()
          .filter(job -> documents || !DOCUMENTS.equals(job.getProcessDefinitionKey()))
          .findFirst();
      if (due.isEmpty()) {
        return;
      }
      managementService.executeJob(due.get().getId());
    }
  }
}
