package vn.laichau.sxd.thidua.registration;

import static vn.laichau.sxd.thidua.registration.RegistrationVariables.CANDIDATES;
import static vn.laichau.sxd.thidua.registration.RegistrationVariables.INDICATOR_TARGETS;
import static vn.laichau.sxd.thidua.registration.RegistrationVariables.INDIVIDUAL_TITLES;
import static vn.laichau.sxd.thidua.registration.RegistrationVariables.UNIT_CODE;
import static vn.laichau.sxd.thidua.registration.RegistrationVariables.UNIT_TITLE;
import static vn.laichau.sxd.thidua.registration.RegistrationVariables.UNIT_TITLE_LABEL;
import static vn.laichau.sxd.thidua.registration.RegistrationVariables.YEAR;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import vn.laichau.sxd.thidua.decision.AwardCode;
import vn.laichau.sxd.thidua.engine.CurrentUser;
import vn.laichau.sxd.thidua.engine.InvalidInputException;
import vn.laichau.sxd.thidua.organisation.OrganisationService;
import vn.laichau.sxd.thidua.organisation.StaffMember;
import vn.laichau.sxd.thidua.registration.RegistrationContent.Candidate;

/**
 * Completion of a unit's registration task. Enforces on the server what the form asks for — a
 * collective title choice and at least one model, initiative, solution or exemplar candidate with
 * a name, kind and owner — and records the registration in the same transaction.
 */
@Component("registrationSubmission")
class RegistrationSubmission implements TaskListener {

  /** The individual titles a unit registers its people for (DOMAIN §2); commendations are not registered. */
  static final Set<AwardCode> REGISTRABLE_TITLES = EnumSet.of(AwardCode.LDTT, AwardCode.CSTDCS, AwardCode.CSTD_TINH);

  private final RegistrationRepository registrations;
  private final IdentityService identityService;
  private final OrganisationService organisation;

  public RegistrationSubmission(RegistrationRepository registrations, IdentityService identityService, OrganisationService organisation) {
    this.registrations = registrations;
    this.identityService = identityService;
    this.organisation = organisation;
  }

  @Override
  public void notify(DelegateTask task) {
    CollectiveTitleChoice unitTitle = Optional.ofNullable(UNIT_TITLE.get(task)).orElseThrow(() ->
        new InvalidInputException(UNIT_TITLE.name(), "Hãy chọn danh hiệu tập thể đăng ký (hoặc 'Không đăng ký danh hiệu tập thể')."));
    List<Candidate> candidates = labelledCandidates(CANDIDATES.get(task));
    // Vietnamese labels beside the codes, for the forms that show this registration to people.
    CANDIDATES.set(task, candidates);
    UNIT_TITLE_LABEL.set(task, unitTitle.label());
    List<IndividualTitle> titles = individualTitles(INDIVIDUAL_TITLES.get(task), UNIT_CODE.get(task));
    INDIVIDUAL_TITLES.set(task, titles);
    RegistrationContent content = new RegistrationContent(unitTitle, titles, INDICATOR_TARGETS.get(task), candidates);
    registrations.saveSubmission(YEAR.get(task), UNIT_CODE.get(task), content, CurrentUser.id(identityService),
        ClockUtil.getCurrentTime().toInstant());
  }

  /**
   * The individual titles aimed at: each a person of the unit, once, with one of
   * {@link #REGISTRABLE_TITLES}; each given the person's name and the title's label for the review.
   */
  private List<IndividualTitle> individualTitles(List<IndividualTitle> lines, String unitCode) {
    Map<String, String> staff = organisation.staffOf(unitCode).stream()
        .collect(Collectors.toMap(StaffMember::username, StaffMember::fullName));
    Set<String> seen = new HashSet<>();
    List<IndividualTitle> checked = new ArrayList<>();
    for (IndividualTitle line : Objects.requireNonNullElse(lines, List.<IndividualTitle>of())) {
      String where = "Danh hiệu cá nhân, dòng " + (checked.size() + 1) + ": ";
      if (line == null || line.username() == null || !staff.containsKey(line.username())) {
        throw new InvalidInputException(INDIVIDUAL_TITLES.name(), where + "hãy chọn một người của đơn vị.");
      }
      if (line.title() == null || !REGISTRABLE_TITLES.contains(line.title())) {
        throw new InvalidInputException(INDIVIDUAL_TITLES.name(),
            where + "danh hiệu là Lao động tiên tiến, Chiến sĩ thi đua cơ sở hoặc Chiến sĩ thi đua tỉnh.");
      }
      if (!seen.add(line.username())) {
        throw new InvalidInputException(INDIVIDUAL_TITLES.name(), where + staff.get(line.username()) + " đã có ở dòng trên: mỗi người một dòng.");
      }
      checked.add(new IndividualTitle(line.username(), line.title(), staff.get(line.username()), line.title().label()));
    }
    return checked;
  }

  /** The candidates, each checked and given the Vietnamese label of its kind. */
  private static List<Candidate> labelledCandidates(List<Candidate> candidates) {
    if (candidates == null || candidates.isEmpty()) {
      throw new InvalidInputException(CANDIDATES.name(),
          "Phải đăng ký ít nhất một mô hình, sáng kiến, giải pháp hoặc điển hình tiên tiến (chỉ tiêu 4).");
    }
    List<Candidate> labelled = new ArrayList<>();
    for (Candidate candidate : candidates) {
      String position = "Mô hình, sáng kiến thứ " + (labelled.size() + 1) + ": ";
      if (candidate == null) {
        throw new InvalidInputException(CANDIDATES.name(), position + "dữ liệu không đúng định dạng.");
      }
      if (blank(candidate.name()) || blank(candidate.owner())) {
        throw new InvalidInputException(CANDIDATES.name(), position + "phải có tên và người hoặc tập thể thực hiện.");
      }
      CandidateKind kind = CandidateKind.of(candidate.kind()).orElseThrow(() ->
          new InvalidInputException(CANDIDATES.name(), position + "loại phải là mô hình, sáng kiến, giải pháp hoặc điển hình."));
      labelled.add(candidate.labelled(kind));
    }
    return labelled;
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
