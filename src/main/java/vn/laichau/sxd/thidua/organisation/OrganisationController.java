package vn.laichau.sxd.thidua.organisation;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

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

  @GetMapping("/units")
  public List<Unit> units() {
    return organisation.activeUnits();
  }
}
