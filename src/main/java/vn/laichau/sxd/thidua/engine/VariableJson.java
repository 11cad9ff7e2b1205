package vn.laichau.sxd.thidua.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import org.camunda.spin.json.SpinJsonNode;

/**
 * Reads a structured form value whatever way it arrived: Tasklist submits Camunda Form lists and
 * groups as Spin JSON, REST clients may send JSON text or JSON-serialized objects.
 */
public final class VariableJson {

  /** Rows are read by the fields a record names; what the form guard lets through beyond them is ignored, as before. */
  private static final ObjectMapper MAPPER = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

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
