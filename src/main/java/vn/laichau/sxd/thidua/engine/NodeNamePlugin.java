package vn.laichau.sxd.thidua.engine;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Names the node in the jobs it holds: the job executor's lock owner is {@code thidua.node-name}
 * (default: the host name and the process number), so Cockpit and {@code ACT_RU_JOB.LOCK_OWNER_}
 * say which node holds a job, and after a crash which node's jobs wait for their lock to run out.
 */
@Component
class NodeNamePlugin extends AbstractProcessEnginePlugin {

  private final String nodeName;

  NodeNamePlugin(@Value("${thidua.node-name:}") String nodeName) {
    this.nodeName = nodeName.isBlank() ? defaultName() : nodeName.strip();
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getJobExecutor() != null) {
      configuration.getJobExecutor().setLockOwner(nodeName);
    }
  }

  private static String defaultName() {
    String host = System.getenv().getOrDefault("HOSTNAME", "");
    if (host.isBlank()) {
      try {
        host = java.net.InetAddress.getLocalHost().getHostName();
      } catch (java.net.UnknownHostException e) {
        host = "node";
      }
    }
    return host + ":" + ProcessHandle.current().pid();
  }
}
