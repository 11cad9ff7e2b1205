package vn.laichau.sxd.thidua.security;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.laichau.sxd.thidua.api.RestRefusals;

/**
 * A refusal that a filter or the servlet container writes itself, in the shape of every other:
 * JSON {@code {"type", "message"}} in UTF-8, the message in Vietnamese.
 */
final class Refusal {

  private static final ObjectMapper JSON = new ObjectMapper();

  private Refusal() {
  }

  static String json(int status, String message) {
    Map<String, String> body = new LinkedHashMap<>();
    body.put("type", RestRefusals.typeFor(status));
    body.put("message", message);
    try {
      return JSON.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Answers with the status and the usual text for it. */
  static void write(HttpServletResponse response, int status) throws IOException {
    write(response, status, RestRefusals.messageFor(status));
  }

  static void write(HttpServletResponse response, int status, String message) throws IOException {
    response.setStatus(status);
    response.setContentType("application/json;charset=UTF-8");
    response.getWriter().write(json(status, message));
  }
}
