package vn.laichau.sxd.thidua.registration;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.util.List;
import java.util.Map;

/**
 * A unit's registration as the form {@code registration-unit} sends it and the table keeps it
 * (column {@code unit_registration.content}, JSON): the collective title aimed at, the individual
 * titles (a person of the unit and a title each), the targets written for the seven indicators ({@code indicator1} … {@code indicator7})
 * and the candidates for indicator 4.
 */
public record RegistrationContent(CollectiveTitleChoice unitTitle,
    @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<IndividualTitle> individualTitles, Map<String, String> indicatorTargets,
    List<Candidate> candidates) {

  /** A model, initiative, solution or exemplar the unit registers; {@code kindLabel} is added for the forms that show it. */
  public record Candidate(String name, String kind, String field, String expectedResult, String owner, String schedule,
      String kindLabel) {

    Candidate labelled(CandidateKind checked) {
      return new Candidate(name, kind, field, expectedResult, owner, schedule, checked.label());
    }
  }
}
