package vn.laichau.sxd.thidua.engine;

import java.util.Map;

/** One matching row of a rule table: its outputs by name, read as the type the table declares. */
public record DecisionRow(Map<String, Object> outputs) {

  public String text(String output) {
    Object value = outputs.get(output);
    return value == null ? null : value.toString();
  }

  public double number(String output) {
    return ((Number) outputs.get(output)).doubleValue();
  }

  public int wholeNumber(String output) {
    return ((Number) outputs.get(output)).intValue();
  }

  public <E extends Enum<E>> E code(String output, Class<E> type) {
    return Enum.valueOf(type, text(output));
  }
}
