package vn.laichau.sxd.thidua.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Welcome, Tasklist, Cockpit and Admin are translated completely: our vi.json has every key of the English
 * file shipped in the Camunda webjar of this build, none empty where English is not, none left English.
 */
class LocaleFilesTest {

  private static final String APPS = "/META-INF/resources/webjars/camunda/app/";
  private static final ObjectMapper JSON = new ObjectMapper();
  /** Names of products and file formats, the same in every language. */
  private static final Set<String> PRODUCT_NAMES = Set.of("Optimize", "Camunda Cockpit", "CSV", "JSON");
  /** Moment.js format patterns (L, LT, DD/MM/YYYY…) are the same in every language. */
  private static final Pattern DATE_FORMAT_KEYS = Pattern.compile("dateLocales\\.(longDateFormat\\..*|calendar\\.sameElse)");
  /** A date pattern shown as a placeholder: what the user must type, whatever the language. */
  private static final Pattern DATE_PATTERN_VALUE = Pattern.compile("[YMDTHms:-]+");
  /** Cockpit appends this label to a noun as its English plural ending; Vietnamese has none. */
  private static final String PLURAL_ENDING = "s";

  @ParameterizedTest
  @ValueSource(strings = {"welcome", "tasklist", "cockpit", "admin"})
  void vietnameseHasEveryEnglishKey(String app) throws IOException {
    Map<String, String> english = flatten(read(app, "en"));
    Map<String, String> vietnamese = flatten(read(app, "vi"));
    assertThat(english).as("English labels shipped in the webjar").hasSizeGreaterThan(100);
    assertThat(vietnamese.keySet()).isEqualTo(english.keySet());
    english.forEach((key, value) -> {
      if (!value.isBlank() && !value.equals(PLURAL_ENDING)) {
        assertThat(vietnamese.get(key)).as(key).isNotBlank();
      }
    });
  }

  @ParameterizedTest
  @ValueSource(strings = {"welcome", "tasklist", "cockpit", "admin"})
  void nothingIsLeftInEnglish(String app) throws IOException {
    Map<String, String> english = flatten(read(app, "en"));
    Map<String, String> vietnamese = flatten(read(app, "vi"));
    english.forEach((key, value) -> {
      boolean translatable = value.chars().anyMatch(Character::isLetter) && !DATE_FORMAT_KEYS.matcher(key).matches()
          && !PRODUCT_NAMES.contains(value) && !DATE_PATTERN_VALUE.matcher(value).matches();
      if (translatable) {
        assertThat(vietnamese.get(key)).as(key).isNotEqualTo(value);
      }
    });
  }

  @ParameterizedTest
  @ValueSource(strings = {"welcome", "tasklist", "cockpit", "admin"})
  void vietnameseIsTheFallbackEnglishStaysAvailableAndDatesAreDayMonthYear(String app) throws IOException {
    String config = text(APPS + app + "/scripts/config.js");
    assertThat(config).contains("availableLocales: ['vi', 'en']", "fallbackLocale: 'vi'", "DD/MM/YYYY");
    assertThat(read(app, "en").size()).as("the English file is still shipped").isPositive();
  }

  /** The engine-version notice is for administrators: shown (restyled) in Admin, hidden where civil servants work. */
  @ParameterizedTest
  @ValueSource(strings = {"welcome", "tasklist", "cockpit"})
  void communityEditionBannerIsHiddenOutsideAdmin(String app) throws IOException {
    assertThat(text(APPS + app + "/styles/user-styles.css")).containsPattern("\\.ce-eol-banner \\{\\s*display: none;");
  }

  @Test
  void communityEditionBannerIsRestyledInAdmin() throws IOException {
    assertThat(text(APPS + "admin/styles/user-styles.css")).contains(".ce-eol-banner").doesNotContain("display: none");
  }


  /** In Cockpit an "ID" is the id of what the column lists (an instance, a deployment, a batch), never a login name. */
  @Test
  void cockpitNamesAnIdAsAnIdNotALoginName() throws IOException {
    Map<String, String> english = flatten(read("cockpit", "en"));
    Map<String, String> vietnamese = flatten(read("cockpit", "vi"));
    english.forEach((key, text) -> {
      if (text.strip().equals("ID")) {
        assertThat(vietnamese.get(key)).as(key).isEqualTo("Mã");
      }
    });
    assertThat(vietnamese.get("PROCESS_INSTANCE_INSTANCE_ID")).isEqualTo("Mã hồ sơ quy trình:");
  }

  private static JsonNode read(String app, String locale) throws IOException {
    return JSON.readTree(text(APPS + app + "/locales/" + locale + ".json").replace("\uFEFF", ""));
  }

  private static String text(String resource) throws IOException {
    try (InputStream in = LocaleFilesTest.class.getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static Map<String, String> flatten(JsonNode node) {
    Map<String, String> flat = new TreeMap<>();
    flatten("", node, flat);
    return flat;
  }

  private static void flatten(String prefix, JsonNode node, Map<String, String> flat) {
    if (node.isObject()) {
      node.fields().forEachRemaining(e -> flatten(prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(), e.getValue(), flat));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        flatten(prefix + "[" + i + "]", node.get(i), flat);
      }
    } else {
      flat.put(prefix.replaceFirst("^labels\\.", ""), node.asText());
    }
  }
}
