package vn.laichau.sxd.thidua.evaluation;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.laichau.sxd.thidua.api.YearParameter;

/**
 * The HR evaluation export, imported by the secretariat ({@code POST}, CSV body; see
 * SecurityConfiguration for who may) and read back ({@code GET}).
 */
@RestController
@RequestMapping("/api/evaluations/{year}")
class EvaluationController {

  private final EvaluationService evaluations;

  public EvaluationController(EvaluationService evaluations) {
    this.evaluations = evaluations;
  }

  @PostMapping(path = "/people", consumes = {"text/csv", "text/plain"})
  public Map<String, Object> importPeople(@PathVariable int year, @RequestBody String csv) {
    int count = evaluations.importPeople(YearParameter.check(year), new StringReader(csv)).size();
    return Map.of("year", year, "people", count, "message", "Đã nhập đánh giá năm " + year + " của " + count + " người.");
  }

  @PostMapping(path = "/units", consumes = {"text/csv", "text/plain"})
  public Map<String, Object> importUnits(@PathVariable int year, @RequestBody String csv) {
    int count = evaluations.importUnits(YearParameter.check(year), new StringReader(csv)).size();
    return Map.of("year", year, "units", count, "message", "Đã nhập đánh giá năm " + year + " của " + count + " đơn vị.");
  }

  @GetMapping("/people")
  public List<PersonEvaluation> people(@PathVariable int year) {
    return evaluations.people(YearParameter.check(year));
  }

  @GetMapping("/units")
  public List<UnitEvaluation> units(@PathVariable int year) {
    return evaluations.units(YearParameter.check(year));
  }
}
