package vn.laichau.sxd.thidua.indicator;

import static vn.laichau.sxd.thidua.indicator.ReviewVariables.REVIEW_KEY;
import static vn.laichau.sxd.thidua.indicator.ReviewVariables.REVIEW_KIND;
import static vn.laichau.sxd.thidua.indicator.ReviewVariables.THEMATIC_ROUND_KEY;
import static vn.laichau.sxd.thidua.indicator.ReviewVariables.YEAR;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import vn.laichau.sxd.thidua.calendar.WorkingDayCalendar;
import vn.laichau.sxd.thidua.engine.AsApplication;
import vn.laichau.sxd.thidua.organisation.OrganisationService;
import vn.laichau.sxd.thidua.registration.RegistrationService;

/** What the review's forms show, the thematic round a review may start, and which reviews are due. */
@Service("reviewService")
public class ReviewService {

  private static final Logger LOG = LoggerFactory.getLogger(ReviewService.class);
  private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

  private final ReviewRepository reviews;
  private final IndicatorService indicators;
  private final OrganisationService organisation;
  private final RuntimeService runtimeService;
  private final IdentityService identityService;
  private final ReviewProperties properties;
  private final RegistrationService plan;
  private final WorkingDayCalendar workingDays;
  private final ThematicRounds rounds;

  ReviewService(ReviewRepository reviews, IndicatorService indicators, OrganisationService organisation,
      RuntimeService runtimeService, IdentityService identityService, ReviewProperties properties, RegistrationService plan,
      WorkingDayCalendar workingDays, ThematicRounds rounds) {
    this.rounds = rounds;
    this.reviews = reviews;
    this.indicators = indicators;
    this.organisation = organisation;
    this.runtimeService = runtimeService;
    this.identityService = identityService;
    this.properties = properties;
    this.plan = plan;
    this.workingDays = workingDays;
  }

  /** The two figures the system computes for a unit, as the report form shows them. */
  public String computedText(int year, String unitCode) {
    Map<Indicator, BigDecimal> targets = indicators.targets(year, unitCode);
    String exemplars = indicators.computed(Indicator.MODELS_AND_EXEMPLARS, year, unitCode).map(BigDecimal::toPlainString).orElse("0");
    String ratings = indicators.computed(Indicator.TASK_COMPLETION, year, unitCode).map(share -> share.toPlainString() + "%")
        .orElse("chưa có kết quả đánh giá, xếp loại năm " + year);
    return "**Chỉ tiêu 4** (sổ điển hình): " + exemplars + " mô hình, điển hình của đơn vị đã thực hiện đủ bốn bước (chỉ tiêu: ít nhất "
        + targets.get(Indicator.MODELS_AND_EXEMPLARS).toPlainString() + ").\n\n**Chỉ tiêu 6** (kết quả xếp loại): " + ratings
        + " cán bộ hoàn thành tốt nhiệm vụ trở lên (chỉ tiêu: trên " + targets.get(Indicator.TASK_COMPLETION).toPlainString() + "%).";
  }

  /** Each unit's statuses in one line, for the secretariat, the council and the Director. */
  public String indicatorTable(String reviewKey) {
    Map<String, List<ReviewRepository.IndicatorValue>> byUnit = reviews.values(reviewKey).stream()
        .collect(Collectors.groupingBy(ReviewRepository.IndicatorValue::unitCode, LinkedHashMap::new, Collectors.toList()));
    List<String> lines = new ArrayList<>();
    for (String unit : organisation.activeUnitCodes()) {
      List<ReviewRepository.IndicatorValue> values = byUnit.get(unit);
      if (values == null) {
        lines.add("- **" + organisation.unitName(unit) + "**: chưa báo cáo");
        continue;
      }
      Map<String, List<Integer>> byStatus = values.stream().filter(v -> v.status() != null).collect(Collectors.groupingBy(
          ReviewRepository.IndicatorValue::status, Collectors.mapping(ReviewRepository.IndicatorValue::indicator, Collectors.toList())));
      List<String> parts = new ArrayList<>();
      for (IndicatorStatus status : List.of(IndicatorStatus.DAT, IndicatorStatus.CO_NGUY_CO, IndicatorStatus.KHONG_DAT)) {
        List<Integer> numbers = byStatus.getOrDefault(status.name(), List.of());
        if (!numbers.isEmpty()) {
          parts.add(lowerCase(status) + ": " + numbers.stream().map(String::valueOf).collect(Collectors.joining(", ")));
        }
      }
      lines.add("- **" + organisation.unitName(unit) + "**: " + (parts.isEmpty() ? lowerCase(IndicatorStatus.NONE) : String.join(" · ", parts)));
    }
    return String.join("\n", lines);
  }

  private static String lowerCase(IndicatorStatus status) {
    return status.label().toLowerCase(VIETNAMESE);
  }

  /** Starts the thematic round the Director asked for, once: a retried job finds the round already started. */
  public void startThematicRound(DelegateExecution execution) {
    String reviewKey = REVIEW_KEY.get(execution);
    ReviewRepository.Review review = reviews.find(reviewKey).orElseThrow();
    if (review.thematicRoundKey() != null) {
      return;
    }
    String roundKey = rounds.startThematic(review.year());
    reviews.saveThematicRound(reviewKey, roundKey);
    THEMATIC_ROUND_KEY.set(execution, roundKey);
  }

  /** Opens the review whose day has come this year if it is not open yet; returns the key opened, if any. */
  public List<String> startDueReviews() {
    LocalDate today = workingDays.today();
    int year = today.getYear();
    List<String> opened = new ArrayList<>();
    if (!plan.inProgramme(year)) {
      return opened;
    }
    // Only the latest review whose day has come: a six-month review missed until the year-end one is due is not held late.
    ReviewKind kind = !today.isBefore(properties.annual().atYear(year)) ? properties.yearEndKind(year)
        : !today.isBefore(properties.sixMonth().atYear(year)) ? ReviewKind.SIX_MONTH : null;
    if (kind != null && !reviews.exists(year, kind)) {
      ProcessInstance review = AsApplication.call(identityService, () -> runtimeService.startProcessInstanceByKey("periodic-review",
          Map.of(YEAR.name(), year, REVIEW_KIND.name(), kind.name())));
      LOG.info("Đã mở kỳ {} ({}).", kind.name(year), review.getBusinessKey());
      opened.add(review.getBusinessKey());
    }
    return opened;
  }
}
