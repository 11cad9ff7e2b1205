package vn.laichau.sxd.thidua.decision;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Map;
import org.springframework.stereotype.Service;
import vn.laichau.sxd.thidua.engine.DecisionRow;
import vn.laichau.sxd.thidua.engine.DmnTables;
import vn.laichau.sxd.thidua.engine.InvalidInputException;
import vn.laichau.sxd.thidua.organisation.SubjectType;

/**
 * The cash that goes with an award: the coefficient of decision {@code reward-amount} times the
 * base salary in force on the decision date, rounded up to the next 10,000 VND (DOMAIN §2).
 */
@Service
public class RewardAmountService {

  private static final BigDecimal ROUNDING_STEP = BigDecimal.valueOf(10_000);

  private final DmnTables dmn;
  private final BaseSalaryProperties salaries;

  public RewardAmountService(DmnTables dmn, BaseSalaryProperties salaries) {
    this.dmn = dmn;
    this.salaries = salaries;
  }

  public long amountVnd(AwardCode awardCode, SubjectType subjectType, LocalDate decisionDate) {
    DecisionRow row = dmn.row("reward-amount",
            Map.of("awardCode", awardCode.name(), "subjectType", subjectType.name(), "decisionDate", decisionDate))
        .orElseThrow(() -> new InvalidInputException("awardCode", "Không có hệ số tiền thưởng cho " + awardCode + " (" + subjectType + ")."));
    BigDecimal coefficient = BigDecimal.valueOf(row.number("coefficient"));
    BigDecimal amount = coefficient.multiply(BigDecimal.valueOf(baseSalaryOn(decisionDate)));
    return amount.divide(ROUNDING_STEP, 0, RoundingMode.CEILING).multiply(ROUNDING_STEP).longValueExact();
  }

  long baseSalaryOn(LocalDate day) {
    return salaries.baseSalary().stream()
        .filter(step -> !step.from().isAfter(day))
        .max(Comparator.comparing(BaseSalaryProperties.Step::from))
        .map(BaseSalaryProperties.Step::amountVnd)
        .orElseThrow(() -> new InvalidInputException("decisionDate",
            "Chưa cấu hình mức lương cơ sở áp dụng cho ngày " + day + " (thidua.base-salary)."));
  }
}
