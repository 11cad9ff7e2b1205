package vn.laichau.sxd.thidua.nomination;

import static vn.laichau.sxd.thidua.nomination.RoundVariables.AD_HOC;
import static vn.laichau.sxd.thidua.nomination.RoundVariables.COMMENDATION_TYPE;
import static vn.laichau.sxd.thidua.nomination.RoundVariables.DECISION_WORKING_DAYS;
import static vn.laichau.sxd.thidua.nomination.RoundVariables.NOMINATION_DUE;
import static vn.laichau.sxd.thidua.nomination.RoundVariables.PROPOSING_UNIT;
import static vn.laichau.sxd.thidua.nomination.RoundVariables.QUOTA_WARNING;
import static vn.laichau.sxd.thidua.nomination.RoundVariables.REMINDER_WORKING_DAYS;
import static vn.laichau.sxd.thidua.nomination.RoundVariables.ROUND_KEY;
import static vn.laichau.sxd.thidua.nomination.RoundVariables.ROUND_NAME;
import static vn.laichau.sxd.thidua.nomination.RoundVariables.YEAR;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import vn.laichau.sxd.thidua.calendar.WorkingDayCalendar;
import vn.laichau.sxd.thidua.decision.CommendationType;
import vn.laichau.sxd.thidua.engine.InvalidInputException;
import vn.laichau.sxd.thidua.evaluation.EvaluationService;
import vn.laichau.sxd.thidua.organisation.OrganisationService;
import vn.laichau.sxd.thidua.organisation.Unit;

/**
 * Start of {@code commendation-round}: a year with evaluations to judge and a commendation type;
 * business key {@code KT-<year>-<type>-<seq>}. An annual or thematic round asks every active unit
 * and needs the year's evaluations; an ad hoc round (DOT_XUAT) asks only the proposing unit
 * ({@code proposingUnit}) and may come before the year is evaluated.
 */
@Component("roundOpening")
class RoundOpening implements ExecutionListener {

  private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

  private final RoundRepository rounds;
  private final EvaluationService evaluations;
  private final NominationRulesProperties rules;
  private final RoundProperties properties;
  private final OrganisationService organisation;
  private final WorkingDayCalendar workingDays;

  RoundOpening(RoundRepository rounds, EvaluationService evaluations, NominationRulesProperties rules, RoundProperties properties,
      OrganisationService organisation, WorkingDayCalendar workingDays) {
    this.rounds = rounds;
    this.evaluations = evaluations;
    this.rules = rules;
    this.properties = properties;
    this.organisation = organisation;
    this.workingDays = workingDays;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Integer year = YEAR.get(execution);
    if (year == null) {
      throw new InvalidInputException("year", "Thiếu năm bình xét (một số nguyên, ví dụ 2026).");
    }
    CommendationType type = COMMENDATION_TYPE.get(execution);
    if (type == null) {
      throw new InvalidInputException("commendationType", "Loại khen thưởng phải là CONG_TRANG, CHUYEN_DE hoặc DOT_XUAT.");
    }
    boolean adHoc = type == CommendationType.DOT_XUAT;
    String proposingUnit = adHoc ? proposingUnit(execution) : null;
    if (!adHoc && !evaluations.hasPeopleEvaluated(year)) {
      throw new InvalidInputException("year", "Chưa có kết quả đánh giá, xếp loại năm " + year + ": Văn phòng Sở nhập ở trang «Nhập dữ liệu» (/imports/) trước khi bình xét.");
    }
    int sequence = rounds.roundsOf(year, type) + 1;
    String businessKey = "KT-" + year + "-" + type + "-" + sequence;
    execution.setProcessBusinessKey(businessKey);
    YEAR.set(execution, year);
    ROUND_KEY.set(execution, businessKey);
    ROUND_NAME.set(execution, type.roundName(year, sequence));
    AD_HOC.set(execution, adHoc);
    PROPOSING_UNIT.set(execution, proposingUnit);
    NOMINATION_DUE.set(execution, workingDays.dueIn(adHoc ? properties.adHocNominationWorkingDays() : properties.nominationWorkingDays()));
    DECISION_WORKING_DAYS.set(execution, adHoc ? properties.adHocDecisionWorkingDays() : properties.decisionWorkingDays());
    REMINDER_WORKING_DAYS.set(execution, properties.reminderWorkingDays());
    QUOTA_WARNING.set(execution, adHoc ? null : evaluations.excellentShareWarning(year, rules.htxsnvMaxPercent()).orElse(null));
    rounds.open(businessKey, year, type, execution.getProcessInstanceId(), ClockUtil.getCurrentTime().toInstant());
  }

  /**
   * The proposing unit of an ad hoc round, given by its code or by a part of its name that only it
   * has ("quy hoạch" → QHKT; dashes and case do not matter).
   */
  private String proposingUnit(DelegateExecution execution) {
    String given = Objects.requireNonNullElse(PROPOSING_UNIT.get(execution), "").strip();
    List<Unit> units = organisation.activeUnits();
    Optional<Unit> byCode = units.stream().filter(unit -> unit.code().equalsIgnoreCase(given)).findFirst();
    if (byCode.isPresent()) {
      return byCode.get().code();
    }
    List<Unit> byName = given.isEmpty() ? List.of() : units.stream().filter(unit -> plain(unit.name()).contains(plain(given))).toList();
    if (byName.size() == 1) {
      return byName.get(0).code();
    }
    throw new InvalidInputException("proposingUnit", byName.isEmpty()
        ? "Khen thưởng đột xuất cần phòng, đơn vị đề nghị: ghi tên (ví dụ «Quy hoạch») hoặc mã của một phòng, đơn vị đang hoạt động."
        : "«" + given + "» khớp với nhiều phòng, đơn vị (" + byName.stream().map(Unit::name).collect(Collectors.joining("; "))
            + "): hãy ghi rõ hơn.");
  }

  private static String plain(String name) {
    return name.toLowerCase(VIETNAMESE).replaceAll("[-–—]", " ").replaceAll("\\s+", " ").strip();
  }
}
