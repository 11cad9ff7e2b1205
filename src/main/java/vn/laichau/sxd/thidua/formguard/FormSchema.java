package vn.laichau.sxd.thidua.formguard;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a Camunda Form asks of the person who fills it: its fields with their kind, the static
 * choices, and the limits the form states. The server holds every submission to this, whatever
 * client sent it (see {@link FormSubmissionCheck}).
 */
record FormSchema(String id, List<Field> fields) {

  /** How a field's value is carried. */
  enum Kind {
    /** textfield, textarea, select, radio: a string. */
    TEXT,
    /** number. */
    NUMBER,
    /** checkbox. */
    BOOLEAN,
    /** checklist, taglist: a JSON list of strings. */
    TEXT_LIST,
    /** dynamiclist: a JSON list of objects, each shaped like the list's fields. */
    ROWS,
    /** group with a path: one JSON object shaped like the group's fields. */
    OBJECT
  }

  /**
   * @param options the static choices, or null where the form offers none or reads them from a variable
   * @param conditional whether the form may hide the field (then it may be missing)
   */
  record Field(String key, String label, Kind kind, boolean required, boolean conditional, Set<String> options,
      Integer maxLength, Double min, Double max, Integer decimalDigits, Pattern pattern, List<Field> fields) {

    String name() {
      return label == null || label.isBlank() ? key : label;
    }
  }

  static FormSchema parse(JsonNode form) {
    return new FormSchema(form.path("id").asText(), fields(form.path("components"), false));
  }

  private static List<Field> fields(JsonNode components, boolean hiddenAbove) {
    List<Field> fields = new ArrayList<>();
    for (JsonNode component : components) {
      String type = component.path("type").asText();
      boolean conditional = hiddenAbove || component.hasNonNull("conditional");
      Kind kind = kind(type);
      String path = component.path("path").asText("");
      if (kind == Kind.ROWS || kind == Kind.OBJECT && !path.isEmpty()) {
        fields.add(field(component, path, kind, conditional, fields(component.path("components"), false)));
      } else if (kind == Kind.OBJECT) {
        // A group without a path only arranges its fields on the screen; their values stay at the top.
        fields.addAll(fields(component.path("components"), conditional));
      } else if (kind != null && component.hasNonNull("key")) {
        fields.add(field(component, component.path("key").asText(), kind, conditional, List.of()));
      }
    }
    return List.copyOf(fields);
  }

  private static Field field(JsonNode component, String key, Kind kind, boolean conditional, List<Field> children) {
    JsonNode validate = component.path("validate");
    Set<String> options = null;
    if (component.path("values").isArray()) {
      options = new LinkedHashSet<>();
      for (JsonNode value : component.path("values")) {
        options.add(value.path("value").asText());
      }
    }
    return new Field(key, component.path("label").asText(null), kind, validate.path("required").asBoolean(false), conditional,
        options, integer(validate, "maxLength"), number(validate, "min"), number(validate, "max"),
        integer(component, "decimalDigits"), validate.hasNonNull("pattern") ? Pattern.compile(validate.path("pattern").asText()) : null,
        children);
  }

  private static Kind kind(String type) {
    return switch (type) {
      case "textfield", "textarea", "select", "radio" -> Kind.TEXT;
      case "number" -> Kind.NUMBER;
      case "checkbox" -> Kind.BOOLEAN;
      case "checklist", "taglist" -> Kind.TEXT_LIST;
      case "dynamiclist" -> Kind.ROWS;
      case "group" -> Kind.OBJECT;
      default -> null;
    };
  }

  private static Integer integer(JsonNode node, String name) {
    return node.hasNonNull(name) ? node.path(name).asInt() : null;
  }

  private static Double number(JsonNode node, String name) {
    return node.hasNonNull(name) ? node.path(name).asDouble() : null;
  }
}
