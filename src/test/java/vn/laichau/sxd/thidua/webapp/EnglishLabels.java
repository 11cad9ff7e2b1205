package vn.laichau.sxd.thidua.webapp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The English a screen must not show: every label of the app's English locale file shipped in the
 * webjar, and the texts Camunda Forms writes itself. Product names and codes are allowed.
 */
final class EnglishLabels {

  static final Set<String> ALLOWED = Set.of("Camunda", "Camunda Platform", "Tasklist", "Cockpit", "Admin", "BPMN", "DMN", "CMMN", "ID",
      "OK", "Email", "URL", "JSON", "XML");
  private static final List<String> FORM_JS = List.of("Select", "Search", "No values", "No results", "Add new", "Collapse", "Expand",
      "Clear", "Field is required.", "Create new list item");

  private final Set<String> english = new HashSet<>(FORM_JS);

  EnglishLabels(String app) {
    try (InputStream in = getClass().getResourceAsStream("/META-INF/resources/webjars/camunda/app/" + app + "/locales/en.json")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\uFEFF", "");
      collect(new ObjectMapper().readTree(text));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    english.removeAll(ALLOWED);
  }

  private void collect(JsonNode node) {
    if (node.isObject()) {
      node.elements().forEachRemaining(this::collect);
    } else if (node.isTextual() && node.asText().strip().length() >= 3 && !node.asText().contains("{{")) {
      english.add(node.asText().strip());
    }
  }

  /** The lines of the visible text that are English labels. */
  List<String> on(String pageText) {
    return pageText.lines().map(String::strip).filter(english::contains).distinct().toList();
  }
}
