package vn.laichau.sxd.thidua.engine;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * The engine creates or updates its tables when it is built, without a lock of its own: two nodes
 * started at the same moment on an empty PostgreSQL database would both create them, and one would
 * fail. While the engine is built, a node holds a PostgreSQL advisory lock on a connection of its
 * own; the other node waits, then finds the tables there. (H2 is one node: nothing to do.)
 */
@Component
class SchemaLockPlugin extends AbstractProcessEnginePlugin {

  /** Any number of our own, the same on every node: "thidua" in ASCII. */
  private static final long LOCK = 0x746869647561L;

  private final DataSource dataSource;
  private Connection held;

  SchemaLockPlugin(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    try {
      Connection connection = dataSource.getConnection();
      if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
        connection.close();
        return;
      }
      try (Statement lock = connection.createStatement()) {
        lock.execute("SELECT pg_advisory_lock(" + LOCK + ")");
      }
      held = connection;
    } catch (SQLException e) {
      throw new ProcessEngineException("Could not take the schema lock", e);
    }
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine processEngine) {
    if (held == null) {
      return;
    }
    try (Connection connection = held; Statement unlock = connection.createStatement()) {
      unlock.execute("SELECT pg_advisory_unlock(" + LOCK + ")");
    } catch (SQLException e) {
      // closing the connection releases the lock as well
    } finally {
      held = null;
    }
  }
}
