package vn.laichau.sxd.thidua.nomination;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.laichau.sxd.thidua.api.RecordNotFoundException;
import vn.laichau.sxd.thidua.decision.AwardCode;
import vn.laichau.sxd.thidua.decision.AwardEntry;
import vn.laichau.sxd.thidua.decision.AwardsRegisterService;
import vn.laichau.sxd.thidua.organisation.SubjectType;

/**
 * {@code GET /api/rounds/{businessKey}}: the round's items with each nominee's eligibility
 * (as stored, recomputed only if an input changed since, so a case put on hold since shows as
 * such), the council's counts, the outcome and the decision.
 */
@RestController
class RoundController {

  /** One nomination as the API shows it. */
  record Item(String unitCode, SubjectType subjectType, String subjectId, String subjectName, AwardCode awardCode,
      NominationStatus status, CouncilResult outcome, Integer agree, Integer disagree, Integer abstain, String decisionNumber,
      LocalDate decisionDate, Long amountVnd) {
  }

  private final RoundRepository rounds;
  private final EligibilityLists eligibility;
  private final AwardsRegisterService register;

  RoundController(RoundRepository rounds, EligibilityLists eligibility, AwardsRegisterService register) {
    this.rounds = rounds;
    this.eligibility = eligibility;
    this.register = register;
  }

  @GetMapping("/api/rounds/{businessKey}")
  public Map<String, Object> round(@PathVariable String businessKey) {
    RoundRepository.RoundInfo round = rounds.round(businessKey)
        .orElseThrow(() -> new RecordNotFoundException("Không có đợt bình xét " + businessKey + "."));
    Map<String, List<NomineeEligibility>> byUnit = new HashMap<>();
    List<RoundRepository.Counted> all = rounds.counted(businessKey);
    Map<Long, AwardEntry> entries = register.entries(all.stream().map(RoundRepository.Counted::awardEntryId).filter(Objects::nonNull).toList());
    List<Map<String, Object>> items = all.stream().map(counted -> {
      Nominee n = counted.nominee();
      Eligibility now = byUnit.computeIfAbsent(n.unitCode(), unit -> eligibility.forRound(round.year(), unit, round.commendationType()))
          .stream().filter(e -> e.subjectId().equals(n.subjectId())).flatMap(e -> e.awards().stream())
          .filter(a -> a.awardCode() == n.awardCode()).findFirst().orElse(null);
      Optional<AwardEntry> entry = Optional.ofNullable(counted.awardEntryId()).map(entries::get);
      Map<String, Object> view = new LinkedHashMap<>();
      view.put("item", new Item(n.unitCode(), n.subjectType(), n.subjectId(), n.subjectName(), n.awardCode(), n.status(), n.outcome(),
          counted.agree(), counted.disagree(), counted.abstain(), entry.map(AwardEntry::decisionNumber).orElse(null),
          entry.map(AwardEntry::decisionDate).orElse(null), entry.map(AwardEntry::amountVnd).orElse(null)));
      view.put("awardName", n.awardCode().label());
      view.put("eligibility", now);
      return view;
    }).toList();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("businessKey", round.businessKey());
    body.put("year", round.year());
    body.put("commendationType", round.commendationType());
    body.put("items", items);
    return body;
  }
}
