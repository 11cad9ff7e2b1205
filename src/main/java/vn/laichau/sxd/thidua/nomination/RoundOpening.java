package vn.laichau.sxd.thidua.nomination;

import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import vn.laichau.sxd.thidua.engine.InvalidInputException;

/**
 * Start of {@code commendation-round}: a year with evaluations to judge and a commendation type;
 * business key {@code KT-<year>-<type>-<seq>}. The simplified ad hoc path (DOT_XUAT) is not built
 * yet and is refused with a clear message rather than run through the annual path.
 */
@Component("roundOpening")
public class RoundOpening implements ExecutionListener {

  static final Set<String> TYPES = Set.of("CONG_TRANG", "CHUYEN_DE", "DOT_XUAT");

  private final RoundRepository rounds;
  private final EvaluationRepository evaluations;
  private final EvaluationService evaluationService;
  private final NominationRulesProperties rules;

  public RoundOpening(RoundRepository rounds, EvaluationRepository evaluations, EvaluationService evaluationService,
      NominationRulesProperties rules) {
    this.rounds = rounds;
    this.evaluations = evaluations;
    this.evaluationService = evaluationService;
    this.rules = rules;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Object yearValue = execution.getVariable("year");
    if (!(yearValue instanceof Number number) || number.doubleValue() != Math.rint(number.doubleValue())) {
      throw new InvalidInputException("year", "Thiếu năm bình xét (biến 'year', số nguyên).");
    }
    int year = number.intValue();
    Object type = execution.getVariable("commendationType");
    if (type == null || !TYPES.contains(type.toString())) {
      throw new InvalidInputException("commendationType", "Loại khen thưởng phải là CONG_TRANG, CHUYEN_DE hoặc DOT_XUAT.");
    }
    if ("DOT_XUAT".equals(type)) {
      throw new InvalidInputException("commendationType", "Khen thưởng đột xuất theo thủ tục đơn giản chưa có trong hệ thống.");
    }
    if (evaluations.people(year).isEmpty()) {
      throw new InvalidInputException("year", "Chưa có kết quả đánh giá, xếp loại năm " + year + ": hãy nhập trước khi bình xét.");
    }
    String businessKey = "KT-" + year + "-" + type + "-" + (rounds.roundsOf(year, type.toString()) + 1);
    execution.setProcessBusinessKey(businessKey);
    execution.setVariable("year", year);
    execution.setVariable("roundKey", businessKey);
    execution.setVariable("quotaWarning", evaluationService.excellentShareWarning(year, rules.htxsnvMaxPercent()).orElse(null));
    rounds.open(businessKey, year, type.toString(), execution.getProcessInstanceId(), ClockUtil.getCurrentTime().toInstant());
  }
}
