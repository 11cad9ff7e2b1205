package vn.laichau.sxd.thidua.security;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import vn.laichau.sxd.thidua.api.RestRefusals;

/**
 * What Tomcat answers itself, before any filter or servlet sees the request (a malformed or
 * over-long request line or header, an encoded slash in the path): the status with a short
 * Vietnamese JSON message, like every other refusal, instead of Tomcat's English HTML page. Public:
 * Tomcat creates it by its class name.
 */
public class VietnameseErrorReportValve extends ErrorReportValve {

  @Override
  protected void report(Request request, Response response, Throwable throwable) {
    int status = response.getStatus();
    if (status < 400 || response.getContentWritten() > 0) {
      return;
    }
    try {
      response.setContentType("application/json");
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      Writer writer = response.getReporter();
      if (writer != null) {
        writer.write(Refusal.json(status, RestRefusals.messageFor(status)));
        response.finishResponse();
      }
    } catch (IOException | IllegalStateException e) {
      // The connection is gone or the response was committed meanwhile: nothing more can be said.
    }
  }
}
