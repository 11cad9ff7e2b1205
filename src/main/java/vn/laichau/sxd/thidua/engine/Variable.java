package vn.laichau.sxd.thidua.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * One process variable: its name and its Java type. Each process declares its variables once, as
 * constants of one small class in the package that owns the process, and our code reads and writes
 * them only through these; {@code ProcessVariablesTest} holds every model and form to those names.
 *
 * <p>Codes are stored as their enum names, so expressions in the models compare plain texts; a read
 * of a value the type cannot hold gives {@code null}, and the listener that needs it refuses it
 * with its own Vietnamese message.
 */
public final class Variable<T> {

  private final String name;
  private final Function<Object, T> reader;
  private final Function<T, Object> writer;

  private Variable(String name, Function<Object, T> reader, Function<T, Object> writer) {
    this.name = name;
    this.reader = reader;
    this.writer = writer;
  }

  public static Variable<String> text(String name) {
    return new Variable<>(name, value -> value == null ? null : value.toString(), value -> value);
  }

  /** A whole number, whatever numeric type it arrived as (2026, 2026L, 2026.0 from JSON). */
  public static Variable<Integer> wholeNumber(String name) {
    return new Variable<>(name, value -> WholeNumber.of(value).orElse(null), value -> value);
  }

  public static Variable<Long> id(String name) {
    return new Variable<>(name, value -> value instanceof Number number ? number.longValue() : null, value -> value);
  }

  /** A check box: ticked only when it holds {@code true}. */
  public static Variable<Boolean> flag(String name) {
    return new Variable<>(name, Boolean.TRUE::equals, value -> value);
  }

  public static <E extends Enum<E>> Variable<E> code(String name, Class<E> type) {
    return new Variable<>(name, value -> value == null ? null : Arrays.stream(type.getEnumConstants())
        .filter(constant -> constant.name().equals(value.toString().strip())).findFirst().orElse(null), Enum::name);
  }

  /** A list of texts kept as a Java list, as a multi-instance collection needs it. */
  public static Variable<List<String>> texts(String name) {
    return new Variable<>(name, value -> value instanceof List<?> list ? list.stream().map(String::valueOf).toList() : null,
        value -> new ArrayList<>(value));
  }

  /** A value read as it arrived: a date in whichever form, or a value checked by its own rule. */
  public static Variable<Object> value(String name) {
    return new Variable<>(name, value -> value, value -> value);
  }

  /**
   * A Camunda Form list or group, read into {@code type} (a malformed value is refused, naming
   * {@code label}) and written as Spin JSON, which is what Tasklist's tables and lists show.
   */
  public static <J> Variable<J> json(String name, JavaType type, String label) {
    return new Variable<>(name, value -> {
      JsonNode tree = VariableJson.read(value, name, label);
      if (tree.isMissingNode() || tree.isNull()) {
        return null;
      }
      try {
        return VariableJson.mapper().treeToValue(tree, type);
      } catch (JsonProcessingException | IllegalArgumentException e) {
        throw new InvalidInputException(name, "Dữ liệu '" + label + "' không đúng định dạng.");
      }
    }, value -> FormRows.json(value));
  }

  /** A Camunda Form list of {@code element} rows, read and written as {@link #json}. */
  public static <J> Variable<List<J>> jsonList(String name, Class<J> element, String label) {
    return json(name, VariableJson.mapper().getTypeFactory().constructCollectionType(List.class, element), label);
  }

  public String name() {
    return name;
  }

  public T get(VariableScope scope) {
    return reader.apply(scope.getVariable(name));
  }

  public void set(VariableScope scope, T value) {
    scope.setVariable(name, value == null ? null : writer.apply(value));
  }

  public void setLocal(VariableScope scope, T value) {
    scope.setVariableLocal(name, value == null ? null : writer.apply(value));
  }

  public void remove(VariableScope scope) {
    scope.removeVariable(name);
  }

  /** The value as the engine stores it, for a map of variables handed to a start or a message. */
  public Object stored(T value) {
    return value == null ? null : writer.apply(value);
  }

  @Override
  public String toString() {
    return name;
  }
}
