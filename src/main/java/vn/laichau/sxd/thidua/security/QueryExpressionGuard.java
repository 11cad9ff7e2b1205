package vn.laichau.sxd.thidua.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * CVE-2026-109432: task queries could smuggle expressions through {@code orQueries}, past the
 * engine's ad-hoc expression check. Any request to the engine APIs (/engine-rest and the webapps'
 * /camunda/api/engine) whose {@code orQueries} carry {@code ${…}} or {@code #{…}} is refused with
 * 400 — task queries, counts, stored filters and filter executions alike — whatever the endpoint,
 * so that a new or oddly spelled path cannot slip past.
 */
class QueryExpressionGuard extends OncePerRequestFilter {

  static final String OR_QUERIES = "orQueries";
  private static final String REFUSAL = "{\"type\":\"InvalidRequestException\",\"message\":"
      + "\"Truy vấn bị từ chối: không được dùng biểu thức (${…} hoặc #{…}) trong orQueries.\"}";

  private final ObjectMapper json = new ObjectMapper();

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return !(path.startsWith("/engine-rest/") || path.startsWith("/camunda/api/engine/"));
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (parametersCarryExpression(request.getParameterMap())) {
      refuse(response);
      return;
    }
    HttpServletRequest forward = request;
    if (hasBody(request)) {
      CachedBodyRequest cached = new CachedBodyRequest(request);
      if (bodyCarriesExpression(cached.body())) {
        refuse(response);
        return;
      }
      forward = cached;
    }
    chain.doFilter(forward, response);
  }

  private static boolean hasBody(HttpServletRequest request) {
    String method = request.getMethod();
    return "POST".equals(method) || "PUT".equals(method) || "PATCH".equals(method);
  }

  private static boolean parametersCarryExpression(Map<String, String[]> parameters) {
    return parameters.entrySet().stream()
        .filter(p -> p.getKey().equalsIgnoreCase(OR_QUERIES))
        .flatMap(p -> Arrays.stream(p.getValue()))
        .anyMatch(QueryExpressionGuard::isExpression);
  }

  /** Parses every JSON body: a raw-text pre-check would miss keys or values written as escaped characters. */
  private boolean bodyCarriesExpression(byte[] body) {
    JsonNode tree;
    try {
      tree = json.readTree(body);
    } catch (IOException notJson) {
      return false;
    }
    return orQueriesCarryExpression(tree, false);
  }

  private static boolean orQueriesCarryExpression(JsonNode node, boolean insideOrQueries) {
    if (node == null) {
      return false;
    }
    if (node.isTextual()) {
      return insideOrQueries && isExpression(node.asText());
    }
    var fields = node.fields();
    while (fields.hasNext()) {
      var field = fields.next();
      boolean inside = insideOrQueries || field.getKey().equalsIgnoreCase(OR_QUERIES);
      if (inside && isExpression(field.getKey()) || orQueriesCarryExpression(field.getValue(), inside)) {
        return true;
      }
    }
    if (node.isArray()) {
      for (JsonNode element : node) {
        if (orQueriesCarryExpression(element, insideOrQueries)) {
          return true;
        }
      }
    }
    return false;
  }

  static boolean isExpression(String value) {
    return value.contains("${") || value.contains("#{");
  }

  private static void refuse(HttpServletResponse response) throws IOException {
    response.setStatus(HttpStatus.BAD_REQUEST.value());
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(REFUSAL);
  }
}
