package vn.laichau.sxd.thidua.evaluation;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.laichau.sxd.thidua.api.YearParameter;

/**
 * The HR evaluation export, imported by the secretariat ({@code POST}: a CSV body, or from the
 * imports page a file, .xlsx or CSV, first previewed with {@code preview=true}, which stores
 * nothing; see SecurityConfiguration for who may) and read back ({@code GET}).
 */
@RestController
@RequestMapping("/api/evaluations")
class EvaluationController {

  private final EvaluationService evaluations;

  public EvaluationController(EvaluationService evaluations) {
    this.evaluations = evaluations;
  }

  @PostMapping(path = "/{year}/people", consumes = {"text/csv", "text/plain"})
  public Map<String, Object> importPeople(@PathVariable int year, @RequestBody String csv) {
    return importPeople(year, new StringReader(csv));
  }

  private Map<String, Object> importPeople(int year, Reader csv) {
    int count = evaluations.importPeople(YearParameter.check(year), csv).size();
    return Map.of("year", year, "people", count, "message", "Đã nhập đánh giá năm " + year + " của " + count + " người.");
  }

  @PostMapping(path = "/{year}/units", consumes = {"text/csv", "text/plain"})
  public Map<String, Object> importUnits(@PathVariable int year, @RequestBody String csv) {
    return importUnits(year, new StringReader(csv));
  }

  private Map<String, Object> importUnits(int year, Reader csv) {
    int count = evaluations.importUnits(YearParameter.check(year), csv).size();
    return Map.of("year", year, "units", count, "message", "Đã nhập đánh giá năm " + year + " của " + count + " đơn vị.");
  }

  @PostMapping(path = "/{year}/people", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  public Map<String, Object> uploadPeople(@PathVariable int year, @RequestParam("file") MultipartFile file,
      @RequestParam(defaultValue = "false") boolean preview) throws IOException {
    Reader table = UploadedTable.asCsv(file.getBytes());
    return preview ? preview(year, EvaluationTemplate.PEOPLE, evaluations.previewPeople(YearParameter.check(year), table).stream()
        .map(EvaluationTemplate::cells).toList(), "người") : importPeople(year, table);
  }

  @PostMapping(path = "/{year}/units", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  public Map<String, Object> uploadUnits(@PathVariable int year, @RequestParam("file") MultipartFile file,
      @RequestParam(defaultValue = "false") boolean preview) throws IOException {
    Reader table = UploadedTable.asCsv(file.getBytes());
    return preview ? preview(year, EvaluationTemplate.UNITS, evaluations.previewUnits(YearParameter.check(year), table).stream()
        .map(EvaluationTemplate::cells).toList(), "đơn vị") : importUnits(year, table);
  }

  /** The rows as they would be stored, in words under the template's header; nothing is stored. */
  private static Map<String, Object> preview(int year, EvaluationTemplate template, List<List<String>> rows, String what) {
    return Map.of("year", year, "columns", template.header(), "rows", rows, "message", "Tệp hợp lệ: đánh giá năm " + year + " của "
        + rows.size() + " " + what + ". Chưa có gì được nhập: kiểm tra rồi bấm «Nhập».");
  }

  @GetMapping("/{year}/people")
  public List<PersonEvaluation> people(@PathVariable int year) {
    return evaluations.people(YearParameter.check(year));
  }

  @GetMapping("/{year}/units")
  public List<UnitEvaluation> units(@PathVariable int year) {
    return evaluations.units(YearParameter.check(year));
  }

  /** The file to fill in, with its Vietnamese header and an example row: {@code people} or {@code units}, .xlsx or .csv. */
  @GetMapping("/templates/{kind:people|units}.{format:xlsx|csv}")
  public ResponseEntity<byte[]> template(@PathVariable String kind, @PathVariable String format) {
    boolean people = kind.equals("people");
    EvaluationTemplate template = people ? EvaluationTemplate.PEOPLE : EvaluationTemplate.UNITS;
    boolean xlsx = format.equals("xlsx");
    String name = (people ? "mau-danh-gia-ca-nhan." : "mau-danh-gia-don-vi.") + format;
    return ResponseEntity.ok()
        .contentType(xlsx ? MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
            : new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
        .header("Content-Disposition", ContentDisposition.attachment().filename(name).build().toString())
        .body(xlsx ? template.xlsx() : template.csv());
  }
}
