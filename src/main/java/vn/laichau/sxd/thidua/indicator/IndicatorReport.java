package vn.laichau.sxd.thidua.indicator;

import static vn.laichau.sxd.thidua.indicator.ReviewVariables.INTERIM;
import static vn.laichau.sxd.thidua.indicator.ReviewVariables.REPORT;
import static vn.laichau.sxd.thidua.indicator.ReviewVariables.REVIEW_KEY;
import static vn.laichau.sxd.thidua.indicator.ReviewVariables.UNIT_CODE;
import static vn.laichau.sxd.thidua.indicator.ReviewVariables.YEAR;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import vn.laichau.sxd.thidua.engine.CurrentUser;
import vn.laichau.sxd.thidua.engine.InvalidInputException;
import vn.laichau.sxd.thidua.engine.VariableJson;

/**
 * Completion of a unit's report: the unit head's figures for the reported indicators are checked
 * (a share between 0 and 100, a count a whole number of at least 0), indicators 4 and 6 are computed,
 * and all seven are assessed and stored in the same transaction. Bad figures change nothing.
 */
@Component("indicatorReport")
class IndicatorReport implements TaskListener {

  private static final int COMMENT_LENGTH = 2000;

  private final IndicatorService indicators;
  private final ReviewRepository reviews;
  private final IdentityService identityService;

  public IndicatorReport(IndicatorService indicators, ReviewRepository reviews, IdentityService identityService) {
    this.indicators = indicators;
    this.reviews = reviews;
    this.identityService = identityService;
  }

  @Override
  public void notify(DelegateTask task) {
    JsonNode report = VariableJson.read(REPORT.get(task), REPORT.name(), "báo cáo chỉ tiêu");
    int year = YEAR.get(task);
    String unitCode = UNIT_CODE.get(task);
    boolean interim = INTERIM.get(task);
    String reviewKey = REVIEW_KEY.get(task);
    String reporter = CurrentUser.id(identityService);
    Map<Indicator, BigDecimal> targets = indicators.targets(year, unitCode);
    for (Indicator indicator : Indicator.values()) {
      BigDecimal target = targets.get(indicator);
      BigDecimal actual = indicator.reported() ? reported(report, indicator) : indicators.computed(indicator, year, unitCode).orElse(null);
      IndicatorService.Assessment assessment = actual == null ? null : indicators.assess(indicator, actual, target, interim);
      reviews.saveValue(reviewKey, new ReviewRepository.IndicatorValue(unitCode, indicator.number(), target, actual,
              assessment == null ? null : assessment.status(), assessment == null ? null : assessment.reason(), comment(report, indicator)),
          reporter, ClockUtil.getCurrentTime().toInstant());
    }
  }

  private static BigDecimal reported(JsonNode report, Indicator indicator) {
    String field = "actual" + indicator.number();
    String name = "Chỉ tiêu " + indicator.number() + " (" + indicator.label() + "): ";
    JsonNode value = report.get(field);
    if (value == null || value.isNull() || value.asText().isBlank()) {
      throw new InvalidInputException(field, name + "hãy nhập kết quả thực hiện.");
    }
    BigDecimal number;
    try {
      number = new BigDecimal(value.asText().strip().replace(',', '.'));
    } catch (NumberFormatException e) {
      throw new InvalidInputException(field, name + "kết quả phải là một số.");
    }
    if (indicator.measure() == Indicator.Measure.PERCENT && (number.signum() < 0 || number.compareTo(BigDecimal.valueOf(100)) > 0)) {
      throw new InvalidInputException(field, name + "tỷ lệ phải từ 0 đến 100%, không được " + number.toPlainString() + "%.");
    }
    if (indicator.measure() == Indicator.Measure.COUNT && (number.signum() < 0 || number.stripTrailingZeros().scale() > 0)) {
      throw new InvalidInputException(field, name + "số lượng phải là số nguyên không âm, không được " + number.toPlainString() + ".");
    }
    if (number.scale() > 2) {
      throw new InvalidInputException(field, name + "chỉ nhập tối đa hai chữ số thập phân.");
    }
    return number;
  }

  private static String comment(JsonNode report, Indicator indicator) {
    JsonNode value = report.get("comment" + indicator.number());
    String text = value == null || value.isNull() ? "" : value.asText().strip();
    if (text.length() > COMMENT_LENGTH) {
      throw new InvalidInputException("comment" + indicator.number(),
          "Giải trình chỉ tiêu " + indicator.number() + " dài quá " + COMMENT_LENGTH + " ký tự.");
    }
    return text.isEmpty() ? null : text;
  }
}
