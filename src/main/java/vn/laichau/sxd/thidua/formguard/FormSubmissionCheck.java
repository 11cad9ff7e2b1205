package vn.laichau.sxd.thidua.formguard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.json.SpinJsonNode;
import vn.laichau.sxd.thidua.engine.InvalidInputException;
import vn.laichau.sxd.thidua.formguard.FormSchema.Field;
import vn.laichau.sxd.thidua.formguard.FormSchema.Kind;

/**
 * Holds one submission to its form: only the form's fields, each of its kind and within the
 * form's limits, every required field present. A refusal names the field in the form's own words;
 * the engine command it guards has not started, so nothing changes.
 */
final class FormSubmissionCheck {

  /** The engine stores a text variable in a column of 4,000 characters. */
  static final int TEXT_LIMIT = 4_000;
  /** Texts inside a list or group are stored with the whole JSON value, which has no such column limit. */
  static final int NESTED_TEXT_LIMIT = 10_000;
  static final int ROW_LIMIT = 5_000;

  private static final ObjectMapper JSON = new ObjectMapper();
  /** The engine's value types that carry a plain text, number or true/false; every other one (objects, dates, files) is refused. */
  private static final Set<String> PLAIN_TYPES = Set.of(ValueType.NULL.getName(), ValueType.STRING.getName(), ValueType.BOOLEAN.getName(),
      ValueType.INTEGER.getName(), ValueType.LONG.getName(), ValueType.SHORT.getName(), ValueType.DOUBLE.getName());

  /** A submitted value as JSON, and whether it came as structured JSON (a list or object) rather than a plain value. */
  private record Value(JsonNode node, boolean structured) {
  }

  private FormSubmissionCheck() {
  }

  static void check(FormSchema form, Map<String, ?> submitted) {
    Set<String> keys = keys(form.fields());
    for (String name : submitted.keySet()) {
      if (!keys.contains(name)) {
        throw new InvalidInputException(name, "Biểu mẫu này không có mục «" + name + "»; chỉ gửi các mục của biểu mẫu.");
      }
    }
    for (Field field : form.fields()) {
      if (!submitted.containsKey(field.key())) {
        // Tasklist leaves out a list without rows: the task's own empty list stands, and its listener judges it.
        if (field.required() && !field.conditional()) {
          throw new InvalidInputException(field.key(), "Hãy điền mục «" + field.name() + "».");
        }
        continue;
      }
      // A VariableMap's get() would deserialize the value, and fail on broken JSON before we could refuse it.
      Object raw = submitted instanceof VariableMap variables ? variables.getValueTyped(field.key()) : submitted.get(field.key());
      Value value = value(field, raw);
      boolean wantsStructure = field.kind() == Kind.TEXT_LIST || field.kind() == Kind.ROWS || field.kind() == Kind.OBJECT;
      if (!value.node().isNull() && value.structured() != wantsStructure) {
        throw wrongKind(field, "");
      }
      check(field, value.node(), "", TEXT_LIMIT);
    }
  }

  private static void check(Field field, JsonNode node, String where, int textLimit) {
    boolean empty = node == null || node.isNull() || node.isTextual() && node.asText().isBlank()
        || (node.isArray() && node.isEmpty() && field.kind() == Kind.TEXT_LIST);
    if (empty) {
      if (field.required() && !field.conditional()) {
        throw new InvalidInputException(field.key(), where + "Hãy điền mục «" + field.name() + "».");
      }
      return;
    }
    switch (field.kind()) {
      case TEXT -> text(field, node, where, textLimit);
      case NUMBER -> number(field, node, where);
      case BOOLEAN -> {
        if (!node.isBoolean()) {
          throw wrongKind(field, where);
        }
      }
      case TEXT_LIST -> {
        if (!node.isArray()) {
          throw wrongKind(field, where);
        }
        for (JsonNode item : node) {
          if (!item.isTextual()) {
            throw wrongKind(field, where);
          }
          choice(field, item.asText(), where);
        }
      }
      case ROWS -> rows(field, node, where);
      case OBJECT -> object(field, node, where);
      default -> throw new IllegalStateException(field.kind().name());
    }
  }

  private static void text(Field field, JsonNode node, String where, int textLimit) {
    if (!node.isTextual()) {
      throw wrongKind(field, where);
    }
    String text = node.asText();
    int limit = field.maxLength() == null ? textLimit : Math.min(field.maxLength(), textLimit);
    if (text.length() > limit) {
      throw new InvalidInputException(field.key(), where + "Mục «" + field.name() + "» dài quá " + limit + " ký tự.");
    }
    if (field.pattern() != null && !field.pattern().matcher(text).find()) {
      throw new InvalidInputException(field.key(), where + "Mục «" + field.name() + "» không đúng định dạng của biểu mẫu.");
    }
    choice(field, text, where);
  }

  private static void choice(Field field, String value, String where) {
    if (field.options() != null && !field.options().contains(value)) {
      throw new InvalidInputException(field.key(), where + "Mục «" + field.name() + "» chỉ nhận các lựa chọn có trong biểu mẫu.");
    }
  }

  private static void number(Field field, JsonNode node, String where) {
    if (!node.isNumber() || !Double.isFinite(node.asDouble())) {
      throw new InvalidInputException(field.key(), where + "Mục «" + field.name() + "» phải là một số.");
    }
    double number = node.asDouble();
    if (field.min() != null && number < field.min() || field.max() != null && number > field.max()) {
      throw new InvalidInputException(field.key(), where + "Mục «" + field.name() + "» phải trong khoảng "
          + bound(field.min()) + " đến " + bound(field.max()) + ".");
    }
    if (field.decimalDigits() != null && field.decimalDigits() == 0 && number != Math.rint(number)) {
      throw new InvalidInputException(field.key(), where + "Mục «" + field.name() + "» phải là số nguyên.");
    }
  }

  private static String bound(Double bound) {
    return bound == null ? "…" : bound == Math.rint(bound) ? String.valueOf(bound.longValue()) : String.valueOf(bound);
  }

  private static void rows(Field field, JsonNode node, String where) {
    if (!node.isArray()) {
      throw wrongKind(field, where);
    }
    if (node.size() > ROW_LIMIT) {
      throw new InvalidInputException(field.key(), where + "Mục «" + field.name() + "» có quá " + ROW_LIMIT + " dòng.");
    }
    Set<String> keys = keys(field.fields());
    int line = 0;
    for (JsonNode row : node) {
      line++;
      if (!row.isObject()) {
        throw wrongKind(field, where);
      }
      checkMembers(field.fields(), keys, row, where + "Dòng " + line + " của mục «" + field.name() + "»: ");
    }
  }

  private static void object(Field field, JsonNode node, String where) {
    if (!node.isObject()) {
      throw wrongKind(field, where);
    }
    checkMembers(field.fields(), keys(field.fields()), node, where + "Mục «" + field.name() + "»: ");
  }

  private static Set<String> keys(List<Field> fields) {
    return fields.stream().map(Field::key).collect(Collectors.toSet());
  }

  private static void checkMembers(List<Field> fields, Set<String> keys, JsonNode object, String where) {
    for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!keys.contains(name)) {
        throw new InvalidInputException(name, where + "biểu mẫu không có mục «" + name + "».");
      }
    }
    for (Field member : fields) {
      check(member, object.get(member.key()), where, NESTED_TEXT_LIMIT);
    }
  }

  private static InvalidInputException wrongKind(Field field, String where) {
    String expected = switch (field.kind()) {
      case TEXT -> "một đoạn chữ";
      case NUMBER -> "một số";
      case BOOLEAN -> "có hoặc không (true/false)";
      case TEXT_LIST -> "danh sách lựa chọn (JSON)";
      case ROWS -> "danh sách các dòng (JSON)";
      case OBJECT -> "nhóm mục (JSON)";
    };
    return new InvalidInputException(field.key(), where + "Mục «" + field.name() + "» phải là " + expected + ".");
  }

  /** A submitted value as JSON, whichever way it was sent: a typed REST value, a plain Java value, Spin JSON. */
  private static Value value(Field field, Object submitted) {
    if (submitted instanceof TypedValue typed) {
      if (typed.getType() == null) {
        return plain(field, typed.getValue());
      }
      String type = typed.getType().getName();
      if ("json".equals(type) && typed instanceof SerializableValue serializable) {
        String text = serializable.isDeserialized() ? String.valueOf(serializable.getValue()) : serializable.getValueSerialized();
        return new Value(parse(field, text), true);
      }
      if (PLAIN_TYPES.contains(type)) {
        return plain(field, typed.getValue());
      }
      throw wrongKind(field, "");
    }
    return plain(field, submitted);
  }

  private static Value plain(Field field, Object value) {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    if (value == null) {
      return new Value(NullNode.getInstance(), false);
    }
    if (value instanceof String text) {
      return new Value(nodes.textNode(text), false);
    }
    if (value instanceof Boolean bool) {
      return new Value(nodes.booleanNode(bool), false);
    }
    if (value instanceof Integer || value instanceof Long || value instanceof Short) {
      return new Value(nodes.numberNode(((Number) value).longValue()), false);
    }
    if (value instanceof Double || value instanceof Float) {
      return new Value(nodes.numberNode(((Number) value).doubleValue()), false);
    }
    if (value instanceof SpinJsonNode spin) {
      return new Value(parse(field, spin.toString()), true);
    }
    throw wrongKind(field, "");
  }

  private static JsonNode parse(Field field, String text) {
    try {
      JsonNode node = text == null ? NullNode.getInstance() : JSON.readTree(text);
      return node == null ? NullNode.getInstance() : node;
    } catch (JsonProcessingException e) {
      throw new InvalidInputException(field.key(), "Mục «" + field.name() + "» không phải JSON hợp lệ.");
    }
  }
}
