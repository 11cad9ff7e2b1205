package vn.laichau.sxd.thidua.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.List;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;

/** Rows for a Camunda Form table or list: records serialised to the Spin JSON that Tasklist renders. */
public final class FormRows {

  private FormRows() {
  }

  /** One choice of a form's list (select, check boxes): what the person reads, what the form sends. */
  public record Choice(String label, String value) {
  }

  public static TypedValue of(List<?> rows) {
    return json(rows);
  }

  /** Any record or list of records as Spin JSON. */
  static TypedValue json(Object value) {
    try {
      return SpinValues.jsonValue(VariableJson.mapper().writeValueAsString(value)).create();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write " + value.getClass().getSimpleName() + " as JSON", e);
    }
  }
}
