package vn.laichau.sxd.thidua.engine;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Two nodes started at the same moment on one database would both find no administrator, no demo
 * organisation, no history time to live set, and both create them. From the moment the context has
 * started until it is ready (the application runners and the ready listeners: that set-up), a node
 * holds the row {@code startup} of {@code node_lock} on a connection of its own; the other node
 * waits for it and then finds everything done. A node killed meanwhile loses its connection, and
 * the database lets the lock go with it.
 */
@Component
class StartupLock {

  private static final Logger LOG = LoggerFactory.getLogger(StartupLock.class);

  private final DataSource dataSource;
  private Connection held;

  StartupLock(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @EventListener(ApplicationStartedEvent.class)
  @Order(Ordered.HIGHEST_PRECEDENCE)
  synchronized void acquire() throws SQLException {
    Connection connection = dataSource.getConnection();
    try {
      connection.setAutoCommit(false);
      try (PreparedStatement lock = connection.prepareStatement("SELECT name FROM node_lock WHERE name = 'startup' FOR UPDATE")) {
        lock.executeQuery().close();
      }
      held = connection;
    } catch (SQLException e) {
      connection.close();
      throw e;
    }
  }

  @EventListener({ApplicationReadyEvent.class, ApplicationFailedEvent.class, ContextClosedEvent.class})
  @Order(Ordered.LOWEST_PRECEDENCE)
  synchronized void release() {
    if (held == null) {
      return;
    }
    try (Connection connection = held) {
      connection.rollback();
    } catch (SQLException e) {
      LOG.warn("Could not release the start-up lock cleanly; the database releases it with the connection", e);
    } finally {
      held = null;
    }
  }
}
