package vn.laichau.sxd.thidua.registration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Service;
import vn.laichau.sxd.thidua.calendar.WorkingDayCalendar;
import vn.laichau.sxd.thidua.engine.VariableJson;
import vn.laichau.sxd.thidua.organisation.OrganisationService;

/**
 * The year's registration as the model and other features see it (bean {@code registrationService}):
 * reminder dates, the units that have not submitted, and who is registered.
 */
@Service("registrationService")
public class RegistrationService {

  private final RegistrationRepository registrations;
  private final RegistrationProperties properties;
  private final OrganisationService organisation;
  private final WorkingDayCalendar workingDays;

  public RegistrationService(RegistrationRepository registrations, RegistrationProperties properties, OrganisationService organisation,
      WorkingDayCalendar workingDays) {
    this.registrations = registrations;
    this.properties = properties;
    this.organisation = organisation;
    this.workingDays = workingDays;
  }

  /** Whether a year belongs to the emulation programme ({@code thidua.registration.first-year}–{@code last-year}). */
  public boolean inProgramme(int year) {
    return year >= properties.firstYear() && year <= properties.lastYear();
  }

  /** The programme's years as people write them: "2026–2030". */
  public String programmePeriod() {
    return properties.firstYear() + "–" + properties.lastYear();
  }

  /** The moment of the {@code index}-th reminder (by {@code thidua.registration.reminder-working-days}) before the deadline. */
  public Date reminderAt(Date deadline, int index) {
    return workingDays.reminderBefore(deadline, properties.reminderWorkingDays().get(index));
  }

  /** Active units whose registration is not with the secretariat (never submitted, or returned). */
  public List<String> notSubmitted(int year) {
    return registrations.notSubmitted(year, organisation.activeUnitCodes());
  }

  /** The same units, named, for a form's table. */
  public TypedValue notSubmittedView(int year) {
    ArrayNode rows = VariableJson.mapper().createArrayNode();
    notSubmitted(year).forEach(unit -> rows.addObject().put("unit", organisation.unitName(unit)));
    return SpinValues.jsonValue(rows.toString()).create();
  }

  /** The accepted units with their collective title and number of candidates, for the Director's approval. */
  public TypedValue approvalView(int year) {
    ArrayNode rows = VariableJson.mapper().createArrayNode();
    registrations.acceptedContents(year).forEach((unit, content) -> {
      JsonNode registration = VariableJson.read(content, "content", "đăng ký");
      rows.addObject().put("unit", organisation.unitName(unit))
          .put("unitTitle", CollectiveTitleChoice.of(registration.path("unitTitle").asText()).map(CollectiveTitleChoice::label).orElse(""))
          .put("candidates", registration.path("candidates").size());
    });
    return SpinValues.jsonValue(rows.toString()).create();
  }

  /**
   * What a unit committed to in its accepted registration of the year: the text it wrote for each of
   * the seven indicators (by number) and how many models, initiatives or exemplars it registered.
   */
  public record Commitments(Map<Integer, String> indicatorTexts, int candidates) {
  }

  public Optional<Commitments> commitments(int year, String unitCode) {
    return registrations.acceptedContent(year, unitCode).map(content -> {
      JsonNode registration = VariableJson.read(content, "content", "đăng ký");
      Map<Integer, String> texts = new HashMap<>();
      registration.path("indicatorTargets").fields().forEachRemaining(field -> {
        if (field.getKey().matches("indicator[1-7]") && !field.getValue().asText().isBlank()) {
          texts.put(Integer.parseInt(field.getKey().substring("indicator".length())), field.getValue().asText().strip());
        }
      });
      return new Commitments(texts, registration.path("candidates").size());
    });
  }

  /** Everyone on the year's approved registration, as {@code INDIVIDUAL:<username>} and {@code COLLECTIVE:<unit>}. */
  public Set<String> registeredSubjects(int year) {
    return registrations.registeredSubjects(year);
  }
}
