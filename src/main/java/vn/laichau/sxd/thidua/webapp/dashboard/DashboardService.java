package vn.laichau.sxd.thidua.webapp.dashboard;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.springframework.stereotype.Service;
import vn.laichau.sxd.thidua.calendar.WorkingDayCalendar;
import vn.laichau.sxd.thidua.decision.AwardCode;
import vn.laichau.sxd.thidua.engine.AsApplication;
import vn.laichau.sxd.thidua.engine.InvalidInputException;
import vn.laichau.sxd.thidua.exemplar.ExemplarStatus;
import vn.laichau.sxd.thidua.exemplar.Stage;
import vn.laichau.sxd.thidua.indicator.Indicator;
import vn.laichau.sxd.thidua.indicator.IndicatorService;
import vn.laichau.sxd.thidua.indicator.IndicatorStatus;
import vn.laichau.sxd.thidua.indicator.ReviewKind;
import vn.laichau.sxd.thidua.organisation.CamundaGroups;
import vn.laichau.sxd.thidua.organisation.OrganisationService;
import vn.laichau.sxd.thidua.organisation.Unit;
import vn.laichau.sxd.thidua.registration.UnitRegistrationStatus;

/** The figures of the dashboard for a year and a user's scope, and the list behind each figure. */
@Service
class DashboardService {

  record Summary(int year, boolean allUnits, List<UnitRef> units, Indicators indicators, Registration registration, List<RoundRow> rounds,
      List<Count> exemplars, List<TaskRow> tasks, List<AwardRow> awards) {
  }

  record UnitRef(String code, String name) {
  }

  record Indicators(String reviewKey, String reviewName, List<Definition> definitions, List<IndicatorRow> rows, Map<String, Long> statusCounts) {
  }

  record Definition(int number, String label, String measure, BigDecimal target) {
  }

  record IndicatorRow(String unitCode, String unitName, List<Cell> cells) {
  }

  record Cell(int indicator, BigDecimal actual, String status, String statusLabel) {
  }

  record Registration(String deadline, Map<String, Long> counts, List<Count> byStatus) {
  }

  record RoundRow(String key, String name, int year, String typeLabel, String openedAt, String stage, long nominations, String link) {
  }

  record Count(String code, String label, long count) {
  }

  record TaskRow(String group, String label, long open, long overdue, long dueSoon) {
  }

  record AwardRow(String awardCode, String label, long count, long amountVnd) {
  }

  /** A unit that has no registration of the year: not a status of the registration, the dashboard's own word for its absence. */
  private static final String NOT_SUBMITTED = "NOT_SUBMITTED";
  private static final Map<String, String> REGISTRATION_LABELS = registrationLabels();
  /** Ended exemplars counted apart from the stages, by the label of how they ended. */
  private static final Map<ExemplarStatus, String> EXEMPLAR_END = Map.of(ExemplarStatus.DONE, "Hoàn thành bốn bước",
      ExemplarStatus.DROPPED, "Đã dừng");
  private static final String ROUND_PROCESS = "commendation-round";
  private static final String ENDED = "Đã kết thúc";
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  static final int SOON_WORKING_DAYS = 3;

  private final DashboardQueries queries;
  private final OrganisationService organisation;
  private final IndicatorService indicators;
  private final TaskService taskService;
  private final RuntimeService runtimeService;
  private final RepositoryService repositoryService;
  private final IdentityService identityService;
  private final WorkingDayCalendar workingDays;

  DashboardService(DashboardQueries queries, OrganisationService organisation, IndicatorService indicators, TaskService taskService,
      RuntimeService runtimeService, RepositoryService repositoryService, IdentityService identityService, WorkingDayCalendar workingDays) {
    this.queries = queries;
    this.organisation = organisation;
    this.indicators = indicators;
    this.taskService = taskService;
    this.runtimeService = runtimeService;
    this.repositoryService = repositoryService;
    this.identityService = identityService;
    this.workingDays = workingDays;
  }

  Summary summary(int year, DashboardScope scope) {
    List<Unit> units = units(scope);
    return AsApplication.call(identityService, () -> new Summary(year, scope.allUnits(),
        units.stream().map(u -> new UnitRef(u.code(), u.name())).toList(), indicators(year, scope, units), registration(year, scope, units),
        rounds(year, scope), exemplarCounts(year, scope), taskCounts(scope, units), awardCounts(year, scope)));
  }

  private List<Unit> units(DashboardScope scope) {
    return organisation.activeUnits().stream().filter(u -> scope.sees(u.code())).toList();
  }

  private Indicators indicators(int year, DashboardScope scope, List<Unit> units) {
    List<Definition> definitions = Arrays.stream(Indicator.values())
        .map(i -> new Definition(i.number(), i.label(), i.measure().name(), indicators.target(i))).toList();
    var review = queries.latestReview(year);
    if (review.isEmpty()) {
      return new Indicators(null, null, definitions, List.of(), Map.of());
    }
    Map<String, List<DashboardQueries.IndicatorFigure>> byUnit = queries.indicatorFigures(review.get().key(), scope).stream()
        .collect(Collectors.groupingBy(DashboardQueries.IndicatorFigure::unitCode));
    List<IndicatorRow> rows = new ArrayList<>();
    Map<String, Long> counts = new LinkedHashMap<>();
    Arrays.stream(IndicatorStatus.values()).forEach(status -> counts.put(status.name(), 0L));
    for (Unit unit : units) {
      Map<Integer, DashboardQueries.IndicatorFigure> figures = byUnit.getOrDefault(unit.code(), List.of()).stream()
          .collect(Collectors.toMap(DashboardQueries.IndicatorFigure::indicator, Function.identity()));
      List<Cell> cells = new ArrayList<>();
      for (Indicator indicator : Indicator.values()) {
        DashboardQueries.IndicatorFigure figure = figures.get(indicator.number());
        IndicatorStatus status = IndicatorStatus.of(figure == null ? null : figure.status());
        counts.merge(status.name(), 1L, Long::sum);
        cells.add(new Cell(indicator.number(), figure == null ? null : figure.actual(), status.name(), status.label()));
      }
      rows.add(new IndicatorRow(unit.code(), unit.name(), cells));
    }
    return new Indicators(review.get().key(), ReviewKind.valueOf(review.get().kind()).name(year), definitions, rows, counts);
  }

  private Registration registration(int year, DashboardScope scope, List<Unit> units) {
    Map<String, String> status = queries.registrations(year, scope).stream()
        .collect(Collectors.toMap(DashboardQueries.UnitRegistration::unitCode, DashboardQueries.UnitRegistration::status));
    Map<String, Long> counts = new LinkedHashMap<>();
    REGISTRATION_LABELS.keySet().forEach(s -> counts.put(s, 0L));
    units.forEach(u -> counts.merge(status.getOrDefault(u.code(), NOT_SUBMITTED), 1L, Long::sum));
    return new Registration(queries.registrationDeadline(year).map(DATE::format).orElse(null), counts,
        counts.entrySet().stream().map(e -> new Count(e.getKey(), REGISTRATION_LABELS.get(e.getKey()), e.getValue())).toList());
  }

  private List<RoundRow> rounds(int year, DashboardScope scope) {
    Set<String> running = runtimeService.createProcessInstanceQuery().processDefinitionKey(ROUND_PROCESS).list().stream()
        .map(ProcessInstance::getId).collect(Collectors.toSet());
    return queries.rounds(year, running, scope).stream().map(r -> new RoundRow(r.key(), r.name(), r.year(), r.type().label(),
        DATE.format(r.openedAt().toInstant().atZone(workingDays.zone())), stageOf(r.processInstanceId()), r.nominations(),
        cockpitLink(r.processInstanceId()))).toList();
  }

  /**
   * What a running process is doing now, in the words of its model ("Đơn vị đề nghị khen thưởng"); "Đã kết thúc" when it
   * has ended. Models name their steps plainly now; instances still running on versions deployed before carry names with
   * expressions, which are cut off.
   */
  private String stageOf(String processInstanceId) {
    ProcessInstance instance = runtimeService.createProcessInstanceQuery().processInstanceId(processInstanceId).singleResult();
    if (instance == null) {
      return ENDED;
    }
    List<String> active;
    try {
      active = runtimeService.getActiveActivityIds(processInstanceId);
    } catch (NullValueException endedMeanwhile) {
      // It ended between the two questions (another request or node completed its last step): a read, not an error.
      return ENDED;
    }
    var model = repositoryService.getBpmnModelInstance(instance.getProcessDefinitionId());
    return active.stream()
        .map(id -> model.<FlowElement>getModelElementById(id)).filter(Objects::nonNull).map(FlowElement::getName).filter(Objects::nonNull)
        .map(name -> name.replaceAll("\\s*[—–-]?\\s*\\$\\{[^}]*}", "").strip()).filter(name -> !name.isEmpty()).distinct()
        .collect(Collectors.joining("; "));
  }

  private List<Count> exemplarCounts(int year, DashboardScope scope) {
    Map<String, Long> counts = new LinkedHashMap<>();
    Arrays.stream(Stage.values()).forEach(s -> counts.put(s.name(), 0L));
    EXEMPLAR_END.keySet().stream().map(Enum::name).sorted().forEach(s -> counts.put(s, 0L));
    queries.exemplars(year, scope).forEach(e -> counts.merge(exemplarState(e), 1L, Long::sum));
    return counts.entrySet().stream().map(e -> new Count(e.getKey(), exemplarLabel(e.getKey()), e.getValue())).toList();
  }

  private static String exemplarLabel(String code) {
    return Arrays.stream(Stage.values()).filter(s -> s.name().equals(code)).findFirst().map(Stage::label)
        .orElseGet(() -> EXEMPLAR_END.get(ExemplarStatus.valueOf(code)));
  }

  /** The stage an exemplar is in, or how it ended when it ended as {@link #EXEMPLAR_END} counts. */
  private static String exemplarState(DashboardQueries.Exemplar e) {
    return EXEMPLAR_END.containsKey(e.status()) ? e.status().name() : e.stage().name();
  }

  /** Open, overdue and soon-due tasks of each unit's head group and, for the whole department, of the secretariat, council chair and Director. */
  private List<TaskRow> taskCounts(DashboardScope scope, List<Unit> units) {
    Map<String, String> groups = taskGroups(scope, units);
    Map<String, DashboardQueries.TaskFigures> figures = queries.taskFigures(groups.keySet(), ClockUtil.getCurrentTime(),
        workingDays.dueIn(SOON_WORKING_DAYS));
    DashboardQueries.TaskFigures none = new DashboardQueries.TaskFigures(0, 0, 0);
    return groups.entrySet().stream().map(g -> {
      DashboardQueries.TaskFigures counted = figures.getOrDefault(g.getKey(), none);
      return new TaskRow(g.getKey(), g.getValue(), counted.open(), counted.overdue(), counted.dueSoon());
    }).toList();
  }

  private Map<String, String> taskGroups(DashboardScope scope, List<Unit> units) {
    Map<String, String> groups = new LinkedHashMap<>();
    units.forEach(u -> groups.put(CamundaGroups.unitHead(u.code()), u.name()));
    if (scope.allUnits()) {
      groups.put(CamundaGroups.SECRETARIAT, "Văn phòng Sở (thường trực Hội đồng)");
      groups.put(CamundaGroups.COUNCIL_CHAIR, "Chủ tịch Hội đồng Thi đua – Khen thưởng");
      groups.put(CamundaGroups.DIRECTOR, "Lãnh đạo Sở");
    }
    return groups;
  }

  private TaskQuery tasksOf(String group) {
    return taskService.createTaskQuery().taskCandidateGroup(group).includeAssignedTasks().active();
  }

  private List<AwardRow> awardCounts(int year, DashboardScope scope) {
    Map<AwardCode, List<DashboardQueries.Award>> byCode = queries.awards(year, scope).stream()
        .collect(Collectors.groupingBy(DashboardQueries.Award::awardCode, LinkedHashMap::new, Collectors.toList()));
    return byCode.entrySet().stream().map(e -> new AwardRow(e.getKey().name(), e.getKey().label(), e.getValue().size(),
        e.getValue().stream().mapToLong(a -> a.amountVnd() == null ? 0 : a.amountVnd()).sum())).toList();
  }

  /** The years to choose from: every year with data, and the current one, in order. */
  Years years() {
    int current = workingDays.today().getYear();
    Set<Integer> years = new TreeSet<>(queries.yearsWithData());
    years.add(current);
    return new Years(List.copyOf(years), current);
  }

  record Years(List<Integer> years, int current) {
  }

  /** The list behind a figure; {@code filter} narrows it (a status, a stage, an award, a task group). */
  Table table(String name, int year, DashboardScope scope, String filter, String kind) {
    return AsApplication.call(identityService, () -> switch (name) {
      case "indicators" -> indicatorTable(year, scope, filter);
      case "registration" -> registrationTable(year, scope, filter);
      case "rounds" -> roundTable(year, scope);
      case "exemplars" -> exemplarTable(year, scope, filter);
      case "tasks" -> taskTable(scope, filter, kind);
      case "awards" -> awardTable(year, scope, filter);
      default -> throw new InvalidInputException("table",
          "Không có bảng \"" + name + "\"; các bảng: indicators, registration, rounds, exemplars, tasks, awards.");
    });
  }

  private Table indicatorTable(int year, DashboardScope scope, String unit) {
    var review = queries.latestReview(year);
    Map<String, String> names = unitNames(scope);
    List<List<Object>> rows = new ArrayList<>();
    review.ifPresent(r -> queries.indicatorFigures(r.key(), scope).stream().filter(f -> unit == null || unit.equals(f.unitCode()))
        .forEach(f -> rows.add(List.of(names.getOrDefault(f.unitCode(), f.unitCode()), f.indicator() + ". " + Indicator.of(f.indicator())
                .map(Indicator::label).orElse(""), f.target(), f.actual() == null ? "" : f.actual(),
            IndicatorStatus.of(f.status()).label(), Objects.toString(f.reason(), ""), Objects.toString(f.comment(), "")))));
    String title = review.map(r -> "Kết quả bảy chỉ tiêu — " + ReviewKind.valueOf(r.kind()).name(year)).orElse("Kết quả bảy chỉ tiêu năm " + year);
    return new Table("indicators", title, List.of("Phòng, đơn vị", "Chỉ tiêu", "Chỉ tiêu đặt ra", "Kết quả", "Trạng thái", "Lý do", "Giải trình"),
        rows, noLinks(rows));
  }

  private Table registrationTable(int year, DashboardScope scope, String status) {
    Map<String, String> byUnit = queries.registrations(year, scope).stream()
        .collect(Collectors.toMap(DashboardQueries.UnitRegistration::unitCode, DashboardQueries.UnitRegistration::status));
    List<List<Object>> rows = units(scope).stream().map(u -> Map.entry(u, byUnit.getOrDefault(u.code(), NOT_SUBMITTED)))
        .filter(e -> status == null || status.equals(e.getValue()))
        .map(e -> List.<Object>of(e.getKey().name(), REGISTRATION_LABELS.get(e.getValue()))).toList();
    return new Table("registration", "Đăng ký thi đua năm " + year, List.of("Phòng, đơn vị", "Trạng thái đăng ký"), rows, noLinks(rows));
  }

  private Table roundTable(int year, DashboardScope scope) {
    List<RoundRow> rounds = rounds(year, scope);
    List<List<Object>> rows = rounds.stream()
        .map(r -> List.<Object>of(r.name(), r.year(), r.typeLabel(), r.openedAt(), r.stage(), r.nominations())).toList();
    return new Table("rounds", "Các đợt bình xét khen thưởng năm " + year + " và các đợt đang diễn ra",
        List.of("Đợt", "Năm", "Loại", "Ngày mở", "Giai đoạn", "Số đề nghị"),
        rows, rounds.stream().map(RoundRow::link).toList());
  }

  private Table exemplarTable(int year, DashboardScope scope, String stage) {
    Map<String, String> names = unitNames(scope);
    List<DashboardQueries.Exemplar> exemplars = queries.exemplars(year, scope).stream()
        .filter(e -> stage == null || stage.equals(exemplarState(e))).toList();
    List<List<Object>> rows = exemplars.stream().map(e -> List.<Object>of(e.key(), names.getOrDefault(e.unitCode(), e.unitCode()), e.name(),
        e.stage().label(), EXEMPLAR_END.getOrDefault(e.status(), "Đang thực hiện"))).toList();
    return new Table("exemplars", "Điển hình tiên tiến năm " + year, List.of("Mã", "Phòng, đơn vị", "Tên", "Bước", "Tình trạng"), rows,
        exemplars.stream().map(e -> e.processInstanceId() == null ? null : cockpitLink(e.processInstanceId())).toList());
  }

  private Table taskTable(DashboardScope scope, String group, String kind) {
    Map<String, String> groups = taskGroups(scope, units(scope));
    List<List<Object>> rows = new ArrayList<>();
    List<String> links = new ArrayList<>();
    Date now = ClockUtil.getCurrentTime();
    groups.entrySet().stream().filter(g -> group == null || group.equals(g.getKey())).forEach(g -> {
      TaskQuery query = tasksOf(g.getKey());
      if ("overdue".equals(kind)) {
        query.dueBefore(now);
      } else if ("soon".equals(kind)) {
        query.dueAfter(now).dueBefore(workingDays.dueIn(SOON_WORKING_DAYS));
      }
      for (Task t : query.orderByDueDate().asc().list()) {
        rows.add(List.of(t.getName(), g.getValue(), t.getDueDate() == null ? "" : workingDays.format(t.getDueDate()),
            Objects.toString(t.getAssignee(), "")));
        links.add("/camunda/app/tasklist/default/#/?task=" + t.getId());
      }
    });
    String title = switch (Objects.toString(kind, "")) {
      case "overdue" -> "Công việc quá hạn";
      case "soon" -> "Công việc sắp đến hạn (trong " + SOON_WORKING_DAYS + " ngày làm việc)";
      default -> "Công việc đang mở";
    } + (group == null ? "" : " — " + groups.getOrDefault(group, group));
    return new Table("tasks", title, List.of("Công việc", "Nhóm xử lý", "Hạn xử lý", "Người nhận"), rows, links);
  }

  private Table awardTable(int year, DashboardScope scope, String awardCode) {
    List<List<Object>> rows = queries.awards(year, scope).stream().filter(a -> awardCode == null || awardCode.equals(a.awardCode().name()))
        .map(a -> List.<Object>of(a.awardCode().label(), a.subjectName(), a.decisionNumber(), DATE.format(a.decisionDate()),
            a.amountVnd() == null ? "" : a.amountVnd())).toList();
    return new Table("awards", "Khen thưởng năm " + year, List.of("Danh hiệu, hình thức", "Cá nhân, tập thể", "Số quyết định",
        "Ngày quyết định", "Tiền thưởng (đồng)"), rows, noLinks(rows));
  }

  private Map<String, String> unitNames(DashboardScope scope) {
    return units(scope).stream().collect(Collectors.toMap(Unit::code, Unit::name));
  }

  private static String cockpitLink(String processInstanceId) {
    return "/camunda/app/cockpit/default/#/process-instance/" + processInstanceId + "/runtime";
  }

  private static List<String> noLinks(List<?> rows) {
    return Collections.nCopies(rows.size(), null);
  }

  /** Each status with its label, the furthest first, then the units that have not registered. */
  private static Map<String, String> registrationLabels() {
    Map<String, String> labels = new LinkedHashMap<>();
    for (UnitRegistrationStatus status : List.of(UnitRegistrationStatus.ACCEPTED, UnitRegistrationStatus.SUBMITTED,
        UnitRegistrationStatus.RETURNED)) {
      labels.put(status.name(), status.label());
    }
    labels.put(NOT_SUBMITTED, "Chưa đăng ký");
    return labels;
  }
}
