package vn.laichau.sxd.thidua.nomination;

import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import vn.laichau.sxd.thidua.calendar.WorkingDayCalendar;
import vn.laichau.sxd.thidua.engine.InvalidInputException;
import vn.laichau.sxd.thidua.engine.WholeNumber;
import vn.laichau.sxd.thidua.organisation.OrganisationService;

/**
 * Start of {@code commendation-round}: a year with evaluations to judge and a commendation type;
 * business key {@code KT-<year>-<type>-<seq>}. An annual or thematic round asks every active unit
 * and needs the year's evaluations; an ad hoc round (DOT_XUAT) asks only the proposing unit
 * ({@code proposingUnit}) and may come before the year is evaluated.
 */
@Component("roundOpening")
public class RoundOpening implements ExecutionListener {

  static final Set<String> TYPES = Set.of("CONG_TRANG", "CHUYEN_DE", "DOT_XUAT");

  private final RoundRepository rounds;
  private final EvaluationRepository evaluations;
  private final EvaluationService evaluationService;
  private final NominationRulesProperties rules;
  private final RoundProperties properties;
  private final OrganisationService organisation;
  private final WorkingDayCalendar workingDays;

  public RoundOpening(RoundRepository rounds, EvaluationRepository evaluations, EvaluationService evaluationService,
      NominationRulesProperties rules, RoundProperties properties, OrganisationService organisation, WorkingDayCalendar workingDays) {
    this.rounds = rounds;
    this.evaluations = evaluations;
    this.evaluationService = evaluationService;
    this.rules = rules;
    this.properties = properties;
    this.organisation = organisation;
    this.workingDays = workingDays;
  }

  @Override
  public void notify(DelegateExecution execution) {
    int year = WholeNumber.of(execution.getVariable("year")).orElseThrow(() ->
        new InvalidInputException("year", "Thiếu năm bình xét (biến 'year', số nguyên)."));
    Object type = execution.getVariable("commendationType");
    if (type == null || !TYPES.contains(type.toString())) {
      throw new InvalidInputException("commendationType", "Loại khen thưởng phải là CONG_TRANG, CHUYEN_DE hoặc DOT_XUAT.");
    }
    boolean adHoc = "DOT_XUAT".equals(type);
    String proposingUnit = adHoc ? proposingUnit(execution) : null;
    if (!adHoc && evaluations.people(year).isEmpty()) {
      throw new InvalidInputException("year", "Chưa có kết quả đánh giá, xếp loại năm " + year + ": hãy nhập trước khi bình xét.");
    }
    String businessKey = "KT-" + year + "-" + type + "-" + (rounds.roundsOf(year, type.toString()) + 1);
    execution.setProcessBusinessKey(businessKey);
    execution.setVariable("year", year);
    execution.setVariable("roundKey", businessKey);
    execution.setVariable("adHoc", adHoc);
    execution.setVariable("proposingUnit", proposingUnit);
    execution.setVariable("nominationDue", workingDays.dueIn(adHoc ? properties.adHocNominationWorkingDays() : properties.nominationWorkingDays()));
    execution.setVariable("decisionWorkingDays", adHoc ? properties.adHocDecisionWorkingDays() : properties.decisionWorkingDays());
    execution.setVariable("reminderWorkingDays", properties.reminderWorkingDays());
    execution.setVariable("quotaWarning", adHoc ? null : evaluationService.excellentShareWarning(year, rules.htxsnvMaxPercent()).orElse(null));
    rounds.open(businessKey, year, type.toString(), execution.getProcessInstanceId(), ClockUtil.getCurrentTime().toInstant());
  }

  private String proposingUnit(DelegateExecution execution) {
    Object unit = execution.getVariable("proposingUnit");
    String code = unit == null ? "" : unit.toString().strip().toUpperCase(java.util.Locale.ROOT);
    if (!organisation.activeUnitCodes().contains(code)) {
      throw new InvalidInputException("proposingUnit", "Khen thưởng đột xuất cần mã phòng, đơn vị đề nghị (biến 'proposingUnit'), ví dụ QHKT.");
    }
    return code;
  }
}
