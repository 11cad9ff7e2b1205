package vn.laichau.sxd.thidua.exemplar;

import static vn.laichau.sxd.thidua.exemplar.ExemplarVariables.DROPPED_BY;
import static vn.laichau.sxd.thidua.exemplar.ExemplarVariables.DROP_REASON;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.laichau.sxd.thidua.api.YearParameter;
import vn.laichau.sxd.thidua.engine.InboundMessages;

/**
 * {@code GET /api/exemplars?year=&unit=}: the register with each exemplar's current stage and
 * history, and per unit the fourth indicator (registered, and carried through all four steps).
 * {@code POST /api/exemplars/{businessKey}/drop} (secretariat): stops an exemplar with a reason.
 */
@RestController
class ExemplarController {

  record Drop(String reason) {
  }

  static final String DROPPED = "ExemplarDropped";

  private final ExemplarRepository exemplars;
  private final InboundMessages messages;

  ExemplarController(ExemplarRepository exemplars, InboundMessages messages) {
    this.exemplars = exemplars;
    this.messages = messages;
  }

  @GetMapping("/api/exemplars")
  public Map<String, Object> register(@RequestParam(required = false) Integer year, @RequestParam(required = false) String unit) {
    List<ExemplarRepository.Exemplar> list = exemplars.list(year == null ? null : YearParameter.check(year),
        unit == null ? null : unit.strip().toUpperCase(java.util.Locale.ROOT));
    Map<Long, List<ExemplarRepository.Event>> history = exemplars.events(list.stream().map(ExemplarRepository.Exemplar::id).toList());
    List<Map<String, Object>> items = list.stream().map(e -> {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("exemplar", e);
      item.put("stageName", e.stage().label());
      item.put("allFourSteps", e.status() == ExemplarStatus.DONE);
      item.put("history", history.getOrDefault(e.id(), List.of()));
      return item;
    }).toList();
    Map<String, Map<String, Object>> indicator = list.stream().collect(Collectors.groupingBy(
        e -> e.year() + ":" + e.unitCode(), LinkedHashMap::new, Collectors.collectingAndThen(Collectors.toList(), unitExemplars -> {
          long done = unitExemplars.stream().filter(e -> e.status() == ExemplarStatus.DONE).count();
          Map<String, Object> row = new LinkedHashMap<>();
          row.put("year", unitExemplars.get(0).year());
          row.put("unitCode", unitExemplars.get(0).unitCode());
          row.put("registered", unitExemplars.size());
          row.put("allFourSteps", done);
          row.put("met", done >= 1);
          return row;
        })));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("exemplars", items);
    body.put("indicator4", indicator.values());
    return body;
  }

  @PostMapping("/api/exemplars/{businessKey}/drop")
  @ResponseStatus(HttpStatus.ACCEPTED)
  public void drop(@PathVariable String businessKey, @RequestBody Drop drop, Authentication user) {
    messages.deliver(businessKey, DROPPED, "Điển hình " + businessKey + " không còn trong chu trình, không dừng được.",
        message -> message.setVariable(DROP_REASON.name(), drop.reason()).setVariable(DROPPED_BY.name(), user.getName()));
  }
}
