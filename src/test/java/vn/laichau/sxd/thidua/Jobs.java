package vn.laichau.sxd.thidua;

import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;

/** Runs the jobs that are due on the engine clock, one after another, as the job executor would. */
public final class Jobs {

  private static final int AT_MOST = 1000;

  private Jobs() {
  }

  public static void runDue(ManagementService managementService) {
    for (int run = 0; run < AT_MOST; run++) {
      List<Job> due = managementService.createJobQuery().executable().listPage(0, 1);
      if (due.isEmpty()) {
        return;
      }
      managementService.executeJob(due.get(0).getId());
    }
  }
}
