package vn.laichau.sxd.thidua.nomination;

import static vn.laichau.sxd.thidua.nomination.RoundVariables.AD_HOC;
import static vn.laichau.sxd.thidua.nomination.RoundVariables.AGENDA_SIZE;
import static vn.laichau.sxd.thidua.nomination.RoundVariables.ROUND_KEY;
import static vn.laichau.sxd.thidua.nomination.RoundVariables.ROUND_NAME;
import static vn.laichau.sxd.thidua.nomination.RoundVariables.SESSION_ID;
import static vn.laichau.sxd.thidua.nomination.RoundVariables.WITHOUT_VOTE;
import static vn.laichau.sxd.thidua.nomination.RoundVariables.YEAR;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.laichau.sxd.thidua.council.AgendaEntry;
import vn.laichau.sxd.thidua.council.CouncilService;
import vn.laichau.sxd.thidua.decision.AwardRouting;
import vn.laichau.sxd.thidua.organisation.OrganisationService;
import vn.laichau.sxd.thidua.organisation.StaffMember;
import vn.laichau.sxd.thidua.organisation.SubjectType;

/**
 * Puts the accepted nominations of the round on the agenda of a new council session. In an ad hoc
 * round only awards of the levels in {@code thidua.rounds.ad-hoc-council-levels} (by
 * {@code award-routing}) go to the council; the others go straight to the Director ({@code NO_VOTE}).
 */
@Component("roundCouncil")
class RoundCouncil implements JavaDelegate {

  private final RoundRepository rounds;
  private final CouncilService council;
  private final AwardRouting routing;
  private final RoundProperties properties;
  private final OrganisationService organisation;

  RoundCouncil(RoundRepository rounds, CouncilService council, AwardRouting routing, RoundProperties properties,
      OrganisationService organisation) {
    this.organisation = organisation;
    this.rounds = rounds;
    this.council = council;
    this.routing = routing;
    this.properties = properties;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String roundKey = ROUND_KEY.get(execution);
    boolean adHoc = AD_HOC.get(execution);
    List<AgendaEntry> agenda = new ArrayList<>();
    int withoutVote = 0;
    Map<String, Map<String, String>> positions = new HashMap<>();
    // Grouped by award on the ballot, in the order of the awards; within an award, by unit.
    List<Nominee> accepted = rounds.nominees(roundKey, NominationStatus.ACCEPTED).stream()
        .sorted(Comparator.comparing(Nominee::awardCode)).toList();
    for (Nominee n : accepted) {
      if (adHoc && !properties.adHocCouncilLevels().contains(routing.level(n.awardCode()))) {
        rounds.setOutcome(n.id(), CouncilResult.NO_VOTE, null, null, null);
        withoutVote++;
      } else {
        agenda.add(new AgendaEntry(n.subjectType().name(), n.subjectId(), n.subjectName(), n.awardCode().name(),
            n.awardCode().label(), details(n, positions)));
      }
    }
    WITHOUT_VOTE.set(execution, withoutVote);
    AGENDA_SIZE.set(execution, agenda.size());
    if (!agenda.isEmpty()) {
      SESSION_ID.set(execution, council.prepareSession(YEAR.get(execution), "Bình xét khen thưởng — " + ROUND_NAME.get(execution), agenda));
    }
  }

  /** What a member reads under the name: "Chuyên viên, Phòng Quy hoạch – Kiến trúc. Thành tích: …". */
  private String details(Nominee n, Map<String, Map<String, String>> positionsByUnit) {
    String unitName = organisation.unitName(n.unitCode());
    String who = n.subjectType() == SubjectType.COLLECTIVE ? "Tập thể " + unitName
        : Stream.of(positionOf(n, positionsByUnit), unitName).filter(Objects::nonNull).collect(Collectors.joining(", "));
    String summary = n.achievementSummary() == null || n.achievementSummary().isBlank() ? "" : ". Thành tích: " + n.achievementSummary().strip();
    return who + summary;
  }

  /** The person's position, reading each unit's staff once per agenda. */
  private String positionOf(Nominee n, Map<String, Map<String, String>> positionsByUnit) {
    return positionsByUnit.computeIfAbsent(n.unitCode(), unit -> organisation.staffOf(unit).stream()
        .filter(member -> member.position() != null)
        .collect(Collectors.toMap(StaffMember::username, StaffMember::position))).get(n.subjectId());
  }
}
