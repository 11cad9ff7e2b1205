package vn.laichau.sxd.thidua.council;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.laichau.sxd.thidua.api.RecordNotFoundException;

/**
 * {@code GET /api/council/sessions/{businessKey}}: the data of the minutes (biên bản) — members
 * present and whether they voted, each item's counts and outcome, and the open votes by name.
 * Secret items show counts only: nothing else exists for them.
 */
@RestController
@RequestMapping("/api/council/sessions")
class CouncilSessionController {

  private final CouncilRepository repository;

  public CouncilSessionController(CouncilRepository repository) {
    this.repository = repository;
  }

  @GetMapping("/{businessKey}")
  public Map<String, Object> minutes(@PathVariable String businessKey) {
    CouncilRepository.Session session = repository.sessionByKey(businessKey)
        .orElseThrow(() -> new RecordNotFoundException("Không có phiên họp " + businessKey + "."));
    Map<String, Object> minutes = new LinkedHashMap<>();
    minutes.put("businessKey", session.businessKey());
    minutes.put("year", session.year());
    minutes.put("purpose", session.purpose());
    minutes.put("status", session.status());
    minutes.put("members", repository.attendance(session.id()));
    minutes.put("items", repository.results(session.id()));
    minutes.put("openVotes", repository.openVotes(session.id()));
    return minutes;
  }
}
