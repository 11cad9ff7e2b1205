package vn.laichau.sxd.thidua.nomination;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.laichau.sxd.thidua.engine.RecordNotFoundException;

/**
 * {@code GET /api/rounds/{businessKey}}: the round's items with each nominee's eligibility
 * (recomputed now, so a case put on hold since shows as such), the council's counts, the
 * outcome and the decision.
 */
@RestController
public class RoundController {

  private final RoundRepository rounds;
  private final EligibilityService eligibility;

  public RoundController(RoundRepository rounds, EligibilityService eligibility) {
    this.rounds = rounds;
    this.eligibility = eligibility;
  }

  @GetMapping("/api/rounds/{businessKey}")
  public Map<String, Object> round(@PathVariable String businessKey) {
    RoundRepository.RoundInfo round = rounds.round(businessKey)
        .orElseThrow(() -> new RecordNotFoundException("Không có đợt bình xét " + businessKey + "."));
    Map<String, List<NomineeEligibility>> byUnit = new HashMap<>();
    List<Map<String, Object>> items = rounds.items(businessKey).stream().map(item -> {
      Eligibility now = byUnit.computeIfAbsent(item.unitCode(), unit -> eligibility.forRound(round.year(), unit, round.commendationType())).stream()
          .filter(n -> n.subjectId().equals(item.subjectId())).flatMap(n -> n.awards().stream())
          .filter(a -> a.awardCode().equals(item.awardCode())).findFirst().orElse(null);
      Map<String, Object> view = new LinkedHashMap<>();
      view.put("item", item);
      view.put("awardName", AwardCode.labelOf(item.awardCode()));
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
