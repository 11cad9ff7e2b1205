package vn.laichau.sxd.thidua.nomination;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import vn.laichau.sxd.thidua.decision.AwardCode;
import vn.laichau.sxd.thidua.decision.AwardsRegisterService;
import vn.laichau.sxd.thidua.decision.CommendationType;
import vn.laichau.sxd.thidua.decision.RegularTitles;
import vn.laichau.sxd.thidua.engine.DmnTables;
import vn.laichau.sxd.thidua.evaluation.DisciplineLevel;
import vn.laichau.sxd.thidua.evaluation.EvaluationService;
import vn.laichau.sxd.thidua.evaluation.InitiativeScope;
import vn.laichau.sxd.thidua.evaluation.PersonEvaluation;
import vn.laichau.sxd.thidua.evaluation.Rating;
import vn.laichau.sxd.thidua.evaluation.UnitEvaluation;
import vn.laichau.sxd.thidua.organisation.OrganisationService;
import vn.laichau.sxd.thidua.organisation.StaffMember;
import vn.laichau.sxd.thidua.organisation.SubjectType;
import vn.laichau.sxd.thidua.registration.RegistrationService;

/**
 * Pre-computes, for a unit and a year, who may be nominated for what and why not: the people's and
 * the unit's evaluations and the awards register, judged by the DMN criteria. Registered means
 * registered in the HR export or on the year's approved registration. The system computes,
 * people choose (DESIGN §1).
 */
@Service
public class EligibilityService {

  static final List<AwardCode> INDIVIDUAL_AWARDS = List.of(AwardCode.LDTT, AwardCode.CSTDCS, AwardCode.CSTD_TINH, AwardCode.GIAY_KHEN_GD_SO,
      AwardCode.BANG_KHEN_CT_TINH);
  static final List<AwardCode> COLLECTIVE_AWARDS = List.of(AwardCode.TTLDTT, AwardCode.TTLDXS, AwardCode.GIAY_KHEN_GD_SO);
  static final List<AwardCode> COLLECTIVE_AD_HOC_AWARDS = List.of(AwardCode.GIAY_KHEN_GD_SO, AwardCode.BANG_KHEN_CT_TINH);
  private static final Eligibility.Reason NO_EVALUATION = new Eligibility.Reason("NO_EVALUATION",
      "Chưa có kết quả đánh giá, xếp loại của năm xét.", "Luật TĐKT 2022");

  private final OrganisationService organisation;
  private final EvaluationService evaluations;
  private final AwardsRegisterService register;
  private final DmnTables dmn;
  private final NominationRulesProperties rules;
  private final RegistrationService registration;

  public EligibilityService(OrganisationService organisation, EvaluationService evaluations, AwardsRegisterService register,
      DmnTables dmn, NominationRulesProperties rules, RegistrationService registration) {
    this.registration = registration;
    this.organisation = organisation;
    this.evaluations = evaluations;
    this.register = register;
    this.dmn = dmn;
    this.rules = rules;
  }

  /** Eligibility as the round's type judges it: ad hoc rounds by {@code ad-hoc-criteria}, the others by the title criteria. */
  public List<NomineeEligibility> forRound(int year, String unitCode, CommendationType commendationType) {
    return commendationType == CommendationType.DOT_XUAT ? forUnitAdHoc(year, unitCode) : forUnit(year, unitCode);
  }

  /**
   * For an ad hoc round: only the exclusions of {@code ad-hoc-criteria}, read from the year's
   * evaluation when there is one (an ad hoc feat usually comes before the year is evaluated).
   */
  public List<NomineeEligibility> forUnitAdHoc(int year, String unitCode) {
    Map<String, PersonEvaluation> evaluated = evaluations.people(year).stream()
        .collect(Collectors.toMap(PersonEvaluation::username, e -> e));
    List<NomineeEligibility> nominees = new ArrayList<>();
    for (StaffMember member : organisation.staffOf(unitCode)) {
      Map<String, Object> inputs = new HashMap<>();
      PersonEvaluation evaluation = evaluated.get(member.username());
      inputs.put("underInvestigation", evaluation == null ? null : evaluation.underInvestigation());
      inputs.put("disciplineLevel", evaluation == null ? null : evaluation.disciplineLevel().name());
      nominees.add(new NomineeEligibility(SubjectType.INDIVIDUAL, member.username(), member.fullName(), member.position(), adHoc(INDIVIDUAL_AWARDS, inputs)));
    }
    Map<String, Object> unitInputs = new HashMap<>();
    unitInputs.put("underInvestigation", null);
    unitInputs.put("disciplineLevel", null);
    nominees.add(new NomineeEligibility(SubjectType.COLLECTIVE, unitCode, organisation.unitName(unitCode), null, adHoc(COLLECTIVE_AD_HOC_AWARDS, unitInputs)));
    return nominees;
  }

  private List<Eligibility> adHoc(List<AwardCode> awards, Map<String, Object> inputs) {
    return awards.stream().map(award -> Eligibility.of(award, reasons("ad-hoc-criteria", with(inputs, award)))).toList();
  }

  /** Every member of the unit, then the unit itself, with their eligibility for each award. */
  public List<NomineeEligibility> forUnit(int year, String unitCode) {
    List<NomineeEligibility> nominees = new ArrayList<>();
    int members = 0;
    int completed = 0;
    int ldtt = 0;
    int cstdcs = 0;
    int disciplined = 0;
    Map<String, PersonEvaluation> evaluated = evaluations.people(year).stream()
        .collect(Collectors.toMap(PersonEvaluation::username, e -> e));
    Set<String> registered = registration.registeredSubjects(year);
    Judge judge = new Judge(register.regularTitles(SubjectType.INDIVIDUAL, AwardCode.CSTDCS));
    for (StaffMember member : organisation.staffOf(unitCode)) {
      Optional<PersonEvaluation> evaluation = Optional.ofNullable(evaluated.get(member.username()));
      List<Eligibility> awards = evaluation.map(e -> judge.individualAwards(year, e, registered.contains(SubjectType.INDIVIDUAL + ":" + e.username())))
          .orElseGet(() -> INDIVIDUAL_AWARDS.stream().map(award -> Eligibility.of(award, List.of(NO_EVALUATION))).toList());
      nominees.add(new NomineeEligibility(SubjectType.INDIVIDUAL, member.username(), member.fullName(), member.position(), awards));
      if (evaluation.isPresent()) {
        PersonEvaluation e = evaluation.get();
        members++;
        completed += e.rating() == Rating.KHTNV ? 0 : 1;
        ldtt += eligible(awards, AwardCode.LDTT) ? 1 : 0;
        cstdcs += eligible(awards, AwardCode.CSTDCS) ? 1 : 0;
        disciplined += e.disciplineLevel().compareTo(DisciplineLevel.CANH_CAO) >= 0 ? 1 : 0;
      }
    }
    Optional<UnitEvaluation> unit = evaluations.units(year).stream().filter(u -> u.unitCode().equals(unitCode)).findFirst();
    Map<String, Object> counts = Map.of("memberCount", members, "membersCompleted", completed, "membersLdtt", ldtt,
        "membersCstdcs", cstdcs, "membersDisciplinedWarningOrAbove", disciplined);
    boolean unitRegistered = registered.contains(SubjectType.COLLECTIVE + ":" + unitCode);
    List<Eligibility> unitAwards = COLLECTIVE_AWARDS.stream().map(award -> judge.collective(award, unit, unitRegistered, counts)).toList();
    nominees.add(new NomineeEligibility(SubjectType.COLLECTIVE, unitCode, organisation.unitName(unitCode), null, unitAwards));
    return nominees;
  }

  /**
   * Judges one list: the register's CSTĐCS titles read once for all its people, and each distinct set
   * of inputs evaluated once (people with the same rating, months and absences share the answer).
   */
  private final class Judge {

    private final RegularTitles cstdcs;
    private final Map<String, Map<Map<String, Object>, List<Eligibility.Reason>>> answers = new HashMap<>();

    Judge(RegularTitles cstdcs) {
      this.cstdcs = cstdcs;
    }

    /** The person's eligibility for every individual award; the CSTĐCS streak is worked out once. */
    List<Eligibility> individualAwards(int year, PersonEvaluation e, boolean onApprovedRegistration) {
      Map<String, Object> inputs = new HashMap<>();
      inputs.put("rating", e.rating().name());
      inputs.put("registered", e.registered() || onApprovedRegistration);
      inputs.put("underInvestigation", e.underInvestigation());
      inputs.put("disciplineLevel", e.disciplineLevel().name());
      inputs.put("monthsWorked", e.monthsWorked());
      inputs.put("absenceDays", e.absenceDays());
      inputs.put("hasRecognisedInitiative", e.initiativeScope() != InitiativeScope.NONE);
      inputs.put("hasAcceptedScienceWork", e.acceptedScienceWork());
      inputs.put("initiativeScope", e.initiativeScope().name());
      inputs.put("cstdcsReading", rules.cstdcsReading(year));
      inputs.put("consecutiveCstdcsYears", consecutiveCstdcsYears(year, e.username(), inputs));
      return INDIVIDUAL_AWARDS.stream().map(award -> Eligibility.of(award, reasons("individual-title-criteria", with(inputs, award)))).toList();
    }

    /**
     * Regular CSTĐCS titles in a row ending with the year under review. That year's own CSTĐCS is
     * decided in the same round, so it counts when the person qualifies for it now (investigation aside).
     */
    private int consecutiveCstdcsYears(int year, String username, Map<String, Object> inputs) {
      int recorded = cstdcs.consecutiveYears(username, year);
      if (recorded > 0) {
        return recorded;
      }
      Map<String, Object> cstdcsNow = with(inputs, AwardCode.CSTDCS);
      cstdcsNow.put("underInvestigation", false);
      cstdcsNow.put("consecutiveCstdcsYears", 0);
      boolean qualifiesNow = reasons("individual-title-criteria", cstdcsNow).isEmpty();
      return qualifiesNow ? 1 + cstdcs.consecutiveYears(username, year - 1) : 0;
    }

    Eligibility collective(AwardCode award, Optional<UnitEvaluation> unit, boolean onApprovedRegistration, Map<String, Object> counts) {
      if (unit.isEmpty()) {
        return Eligibility.of(award, List.of(NO_EVALUATION));
      }
      Map<String, Object> inputs = new HashMap<>(counts);
      inputs.put("awardCode", award.name());
      inputs.put("unitRating", unit.get().rating().name());
      inputs.put("registered", unit.get().registered() || onApprovedRegistration);
      return Eligibility.of(award, reasons("collective-title-criteria", inputs));
    }

    private List<Eligibility.Reason> reasons(String decisionKey, Map<String, Object> inputs) {
      // A copy as the key: the caller's map may change after the call.
      return answers.computeIfAbsent(decisionKey, key -> new HashMap<>())
          .computeIfAbsent(new HashMap<>(inputs), given -> EligibilityService.this.reasons(decisionKey, given));
    }
  }

  private static Map<String, Object> with(Map<String, Object> inputs, AwardCode awardCode) {
    Map<String, Object> copy = new HashMap<>(inputs);
    copy.put("awardCode", awardCode.name());
    return copy;
  }

  private List<Eligibility.Reason> reasons(String decisionKey, Map<String, Object> inputs) {
    return dmn.rows(decisionKey, inputs).stream()
        .map(row -> new Eligibility.Reason(row.text("reasonCode"), row.text("reason"), row.text("legalBasis")))
        .toList();
  }

  private static boolean eligible(List<Eligibility> awards, AwardCode awardCode) {
    return awards.stream().anyMatch(a -> a.awardCode() == awardCode && a.status() == Eligibility.Status.ELIGIBLE);
  }
}
