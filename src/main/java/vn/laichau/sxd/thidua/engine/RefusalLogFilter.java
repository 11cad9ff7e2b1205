package vn.laichau.sxd.thidua.engine;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.slf4j.Marker;

/**
 * A refused input is the user's mistake, answered with a Vietnamese message; the engine would
 * also log it as an ERROR with a stack trace ("ENGINE-16004 Exception while closing command
 * context"). This filter drops those engine log lines, and only those. Registered in logback-spring.xml.
 */
public class RefusalLogFilter extends TurboFilter {

  static final String ENGINE_CONTEXT_LOGGER = "org.camunda.bpm.engine.context";

  @Override
  public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
    if (logger == null || !logger.getName().startsWith(ENGINE_CONTEXT_LOGGER)) {
      return FilterReply.NEUTRAL;
    }
    Throwable thrown = t != null ? t
        : params != null && params.length > 0 && params[params.length - 1] instanceof Throwable last ? last : null;
    for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
      if (cause instanceof InvalidInputException) {
        return FilterReply.DENY;
      }
    }
    return FilterReply.NEUTRAL;
  }
}
