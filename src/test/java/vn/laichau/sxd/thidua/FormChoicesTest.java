package vn.laichau.sxd.thidua;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A form offers exactly the codes the code accepts: each static choice list of a form is held to
 * the enum (or the enum subset) that owns its words. A new choice list must be listed here.
 */
class FormChoicesTest {

  private static final String ROOT = "vn.laichau.sxd.thidua.";

  /** "form/field" to "Enum" (every constant) or "Class#FIELD" (a set of constants a class declares). */
  static final Map<String, String> OWNERS = Map.ofEntries(
      Map.entry("round-start/commendationType", "decision.CommendationType"),
      Map.entry("round-appraise/appraisalDecision", "review.ReviewDecision"),
      Map.entry("registration-unit/title", "registration.RegistrationSubmission#REGISTRABLE_TITLES"),
      Map.entry("round-objection/objectionDecision", "nomination.ObjectionDecision"),
      Map.entry("registration-review/reviewDecision", "review.ReviewDecision"),
      Map.entry("registration-approve/approvalDecision", "review.ReviewDecision"),
      Map.entry("registration-unit/unitTitle", "registration.CollectiveTitleChoice"),
      Map.entry("registration-unit/kind", "registration.CandidateKind"),
      Map.entry("review-start/reviewKind", "indicator.ReviewKind"),
      Map.entry("review-council/councilDecision", "indicator.CouncilOpinion"),
      Map.entry("exemplar-screen/screeningDecision", "exemplar.ScreeningDecision"),
      Map.entry("exemplar-conclusion/proposedAward", "exemplar.ExemplarConclusion#AWARDS"),
      Map.entry("exemplar-conclusion/proposedType", "exemplar.ExemplarConclusion#ROUND_TYPES"),
      Map.entry("council-ballot/choice", "council.VoteChoice"));

  @Test
  void everyChoiceListOffersExactlyTheCodesItsOwnerAccepts() throws Exception {
    Map<String, Set<String>> offered = offeredChoices();
    assertThat(offered.keySet()).as("choice lists of the forms").containsExactlyInAnyOrderElementsOf(OWNERS.keySet());
    for (Map.Entry<String, Set<String>> list : offered.entrySet()) {
      assertThat(list.getValue()).as("%s against %s", list.getKey(), OWNERS.get(list.getKey()))
          .containsExactlyInAnyOrderElementsOf(accepted(OWNERS.get(list.getKey())));
    }
  }

  private static Set<String> accepted(String owner) throws Exception {
    String[] parts = owner.split("#");
    Class<?> type = Class.forName(ROOT + parts[0]);
    if (parts.length == 1) {
      return Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).collect(Collectors.toSet());
    }
    Field field = type.getDeclaredField(parts[1]);
    field.setAccessible(true);
    return ((Collection<?>) field.get(null)).stream().map(c -> ((Enum<?>) c).name()).collect(Collectors.toSet());
  }

  private static Map<String, Set<String>> offeredChoices() throws IOException {
    Map<String, Set<String>> offered = new TreeMap<>();
    try (Stream<Path> forms = Files.list(Path.of("forms"))) {
      for (Path form : forms.filter(f -> f.toString().endsWith(".form")).toList()) {
        String id = form.getFileName().toString().replace(".form", "");
        collect(id, new ObjectMapper().readTree(form.toFile()).path("components"), offered);
      }
    }
    return offered;
  }

  private static void collect(String form, JsonNode components, Map<String, Set<String>> offered) {
    for (JsonNode component : components) {
      if (component.path("values").isArray() && !component.path("values").isEmpty()) {
        Set<String> values = new HashSet<>();
        component.path("values").forEach(v -> values.add(v.path("value").asText()));
        offered.put(form + "/" + component.path("key").asText(), values);
      }
      collect(form, component.path("components"), offered);
    }
  }
}
