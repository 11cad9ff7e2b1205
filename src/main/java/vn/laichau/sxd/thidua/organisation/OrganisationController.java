package vn.laichau.sxd.thidua.organisation;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /api/organisation} replaces the organisation with a YAML file (administrators and
 * the secretariat only, see SecurityConfiguration); {@code GET /api/organisation/units} lists units.
 */
@RestController
@RequestMapping("/api/organisation")
class OrganisationController {

  private final OrganisationService organisation;

  public OrganisationController(OrganisationService organisation) {
    this.organisation = organisation;
  }

  @PostMapping(consumes = {"application/yaml", "application/x-yaml", "text/yaml", "text/plain"})
  public Map<String, Object> importFile(@RequestBody String file) {
    Organisation imported = organisation.importFile(new StringReader(file), null);
    return Map.of("units", imported.units().size(), "people", imported.people().size(),
        "message", "Đã nhập " + imported.units().size() + " đơn vị và " + imported.people().size() + " người.");
  }

  /** From the imports page: the file (YAML, UTF-8) previewed with {@code preview=true}, which stores nothing, then imported. */
  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  public Map<String, Object> uploadFile(@RequestParam("file") MultipartFile file, @RequestParam(defaultValue = "false") boolean preview)
      throws IOException {
    String text = new String(file.getBytes(), StandardCharsets.UTF_8);
    if (!preview) {
      return importFile(text);
    }
    Organisation read = organisation.preview(new StringReader(text));
    return Map.of("columns", List.of("Mã đơn vị", "Tên đơn vị"), "rows", read.units().stream().map(u -> List.of(u.code(), u.name())).toList(),
        "message", "Tệp hợp lệ: " + read.units().size() + " đơn vị, "
        + read.people().size() + " người. Chưa có gì được nhập: kiểm tra rồi bấm «Nhập».");
  }

  @GetMapping("/units")
  public List<Unit> units() {
    return organisation.activeUnits();
  }
}
