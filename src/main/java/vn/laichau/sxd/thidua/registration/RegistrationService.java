package vn.laichau.sxd.thidua.registration;

import java.util.Date;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Service;
import vn.laichau.sxd.thidua.calendar.WorkingDayCalendar;
import vn.laichau.sxd.thidua.engine.FormRows;
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
    return FormRows.of(notSubmitted(year).stream().map(unit -> new LateUnitRow(organisation.unitName(unit))).toList());
  }

  /** The unit's people for the form's choices: "Nguyễn Văn An — Chuyên viên", sending the username. */
  public TypedValue staffChoices(String unitCode) {
    return FormRows.of(organisation.staffOf(unitCode).stream().map(member -> new FormRows.Choice(member.label(), member.username()))
        .toList());
  }

  /** A row of the Director's list of late units. */
  record LateUnitRow(String unit) {
  }

  /** A row of the Director's approval: an accepted unit, its title and how many candidates it registered. */
  record ApprovalRow(String unit, String unitTitle, int candidates) {
  }

  /** The accepted units with their collective title and number of candidates, for the Director's approval. */
  public TypedValue approvalView(int year) {
    return FormRows.of(registrations.acceptedContents(year).entrySet().stream().map(unit -> new ApprovalRow(
        organisation.unitName(unit.getKey()), unit.getValue().unitTitle() == null ? "" : unit.getValue().unitTitle().label(),
        unit.getValue().candidates().size())).toList());
  }

  /**
   * What a unit committed to in its accepted registration of the year: the figure it registered for
   * indicators 1–6 (a share in per cent, or for 4 a count), the text it wrote for each of the seven
   * (by number), and how many models, initiatives or exemplars it registered. Registrations sent
   * before the figures were asked have texts only.
   */
  public record Commitments(Map<Integer, BigDecimal> targets, Map<Integer, String> indicatorTexts, int candidates) {
  }

  public Optional<Commitments> commitments(int year, String unitCode) {
    return registrations.acceptedContent(year, unitCode).map(registration -> {
      Map<Integer, String> texts = new HashMap<>();
      Map<Integer, BigDecimal> targets = new HashMap<>();
      Objects.requireNonNullElse(registration.indicatorTargets(), Map.<String, String>of()).forEach((field, text) -> {
        if (text == null || text.isBlank()) {
          return;
        }
        if (field.matches("indicator[1-7]")) {
          texts.put(Integer.parseInt(field.substring("indicator".length())), text.strip());
        } else if (field.matches("target[1-6]")) {
          targets.put(Integer.parseInt(field.substring("target".length())), new BigDecimal(text.strip()));
        }
      });
      return new Commitments(targets, texts, Objects.requireNonNullElse(registration.candidates(), List.<RegistrationContent.Candidate>of()).size());
    });
  }

  /** Everyone on the year's approved registration, as {@code INDIVIDUAL:<username>} and {@code COLLECTIVE:<unit>}. */
  public Set<String> registeredSubjects(int year) {
    return registrations.registeredSubjects(year);
  }
}
