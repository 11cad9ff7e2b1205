package vn.laichau.sxd.thidua.exemplar;

import static vn.laichau.sxd.thidua.exemplar.ExemplarVariables.EXEMPLAR_ID;
import static vn.laichau.sxd.thidua.exemplar.ExemplarVariables.EXEMPLAR_NAME;
import static vn.laichau.sxd.thidua.exemplar.ExemplarVariables.UNIT_CODE;
import static vn.laichau.sxd.thidua.exemplar.ExemplarVariables.YEAR;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Service;
import vn.laichau.sxd.thidua.calendar.WorkingDayCalendar;
import vn.laichau.sxd.thidua.decision.AwardCode;
import vn.laichau.sxd.thidua.decision.CommendationType;
import vn.laichau.sxd.thidua.engine.AsApplication;
import vn.laichau.sxd.thidua.engine.CurrentUser;
import vn.laichau.sxd.thidua.engine.FormRows;
import vn.laichau.sxd.thidua.organisation.OrganisationService;

/**
 * The exemplar register as other features and the model see it (bean {@code exemplarService}):
 * starting a cycle for a registered candidate, moving it through its stages, the quarterly dates.
 */
@Service("exemplarService")
public class ExemplarService {

  private final ExemplarRepository exemplars;
  private final RuntimeService runtimeService;
  private final IdentityService identityService;
  private final WorkingDayCalendar workingDays;
  private final OrganisationService organisation;

  public ExemplarService(ExemplarRepository exemplars, RuntimeService runtimeService, IdentityService identityService,
      WorkingDayCalendar workingDays, OrganisationService organisation) {
    this.organisation = organisation;
    this.exemplars = exemplars;
    this.runtimeService = runtimeService;
    this.identityService = identityService;
    this.workingDays = workingDays;
  }

  /** A candidate of an approved registration, as the unit registered it. */
  public record Candidate(int year, String unitCode, int index, String name, String kind, String owner, String expectedResult) {
  }

  /** An exemplar the council proposed for commendation: what, who carried it, and the award proposed. */
  public record Proposal(String exemplarName, String owner, AwardCode awardCode) {
  }

  /** The year's exemplars of the unit proposed for commendation in a round of this type (DOMAIN §9, step 3). */
  public List<Proposal> proposals(int year, String unitCode, CommendationType commendationType) {
    return exemplars.proposals(year, unitCode, commendationType).stream()
        .map(e -> new Proposal(e.name(), e.owner(), e.proposedAward())).toList();
  }

  /** Indicator 4: the unit's exemplars of the year carried through all four steps. */
  public long carriedThroughAllSteps(int year, String unitCode) {
    return exemplars.list(year, unitCode).stream().filter(e -> e.status() == ExemplarStatus.DONE).count();
  }

  /** Starts the candidate's {@code exemplar-cycle} (business key {@code DH-<year>-<seq>}) unless it has one already. */
  public void start(Candidate candidate) {
    if (exemplars.exists(candidate.year(), candidate.unitCode(), candidate.index())) {
      return;
    }
    String businessKey = "DH-" + candidate.year() + "-" + (exemplars.countOf(candidate.year()) + 1);
    long id = exemplars.insert(businessKey, candidate.year(), candidate.unitCode(), candidate.index(), candidate.name(), candidate.kind(),
        candidate.owner(), candidate.expectedResult(), ClockUtil.getCurrentTime().toInstant());
    exemplars.event(id, Stage.PHAT_HIEN, "REGISTERED", candidate.unitCode(), candidate.expectedResult(), null, ClockUtil.getCurrentTime().toInstant());
    String processInstanceId = AsApplication.call(identityService, () -> runtimeService.startProcessInstanceByKey("exemplar-cycle", businessKey,
        Map.of(EXEMPLAR_ID.name(), id, YEAR.name(), candidate.year(), UNIT_CODE.name(), candidate.unitCode(),
            EXEMPLAR_NAME.name(), candidate.name())).getId());
    exemplars.linkProcess(id, processInstanceId);
  }

  /** Used by the model when the exemplar enters a stage. */
  public void enterStage(long exemplarId, String stage) {
    Stage next = Stage.valueOf(stage);
    exemplars.setStage(exemplarId, next);
    exemplars.event(exemplarId, next, "STAGE_STARTED", null, next.label(), currentUser(), ClockUtil.getCurrentTime().toInstant());
  }

  /** Used by the model when the cycle ends: DONE, NOT_ACCEPTED or NOT_PASSED. */
  public void finish(long exemplarId, String status) {
    ExemplarRepository.Exemplar exemplar = exemplars.find(exemplarId);
    exemplars.end(exemplarId, ExemplarStatus.valueOf(status), ClockUtil.getCurrentTime().toInstant());
    exemplars.event(exemplarId, exemplar.stage(), status, null, null, currentUser(), ClockUtil.getCurrentTime().toInstant());
  }

  /** The end of the current quarter's last working day: when the next progress report falls due. */
  public Date nextQuarterEnd() {
    LocalDate today = workingDays.today();
    LocalDate quarterEnd = today.withMonth((today.getMonthValue() - 1) / 3 * 3 + 3).withDayOfMonth(1).plusMonths(1).minusDays(1);
    return workingDays.endOf(workingDays.onOrBefore(quarterEnd));
  }

  /** Quarterly reports from now to the end of the registration year (at least one). */
  public int quarterReportsLeft(int year) {
    LocalDate today = workingDays.today();
    int quartersLeft = today.getYear() > year ? 0 : today.getYear() < year ? 4 : 4 - (today.getMonthValue() - 1) / 3;
    return Math.max(1, quartersLeft);
  }

  /** Every active unit as a form's option list (label, value), for choosing adopting units. */
  public TypedValue unitOptions() {
    return FormRows.of(organisation.activeUnits().stream().map(unit -> new Option(unit.name(), unit.code())).toList());
  }

  /** An option of a form's select or checklist. */
  record Option(String label, String value) {
  }

  String currentUser() {
    return CurrentUser.id(identityService);
  }
}
