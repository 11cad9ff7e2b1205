package vn.laichau.sxd.thidua.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import org.camunda.spin.json.SpinJsonNode;

/**
 * Reads a structured form value whatever way it arrived: Tasklist submits Camunda Form lists and
 * groups as Spin JSON, REST clients may send JSON text or JSON-serialized objects.
 */
public final class VariableJson {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private VariableJson() {
  }

  /** The value as a JSON tree; {@link MissingNode} for null. */
  public static JsonNode read(Object value, String field, String label) {
    if (value == null) {
      return MissingNode.getInstance();
    }
    try {
      if (value instanceof SpinJsonNode spin) {
        return MAPPER.readTree(spin.toString());
      }
      if (value instanceof String text) {
        return MAPPER.readTree(text);
      }
      return MAPPER.valueToTree(value);
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw new InvalidInputException(field, "Dữ liệu '" + label + "' không đúng định dạng.");
    }
  }

  public static ObjectMapper mapper() {
    return MAPPER;
  }
}
