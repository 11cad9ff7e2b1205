package vn.laichau.sxd.thidua.webapp.dashboard;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import vn.laichau.sxd.thidua.organisation.CamundaGroups;

/**
 * Which units a user sees on the dashboard: managers, the Director, the secretariat and the
 * administrator see every unit; a unit head sees the units whose head group they are in; nobody else sees anything.
 */
record DashboardScope(String user, boolean allUnits, Set<String> units) {

  private static final List<String> WHOLE_DEPARTMENT = List.of(CamundaGroups.MANAGERS, CamundaGroups.DIRECTOR, CamundaGroups.SECRETARIAT,
      CamundaGroups.ADMIN);

  static DashboardScope of(Authentication authentication) {
    List<String> groups = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
    if (groups.stream().anyMatch(WHOLE_DEPARTMENT::contains)) {
      return new DashboardScope(authentication.getName(), true, Set.of());
    }
    Set<String> units = Set.copyOf(groups.stream().map(CamundaGroups::unitOfHeadGroup).flatMap(Optional::stream).toList());
    if (units.isEmpty()) {
      throw new AuthorizationException("Bảng điều hành dành cho lãnh đạo Sở, Văn phòng Sở và trưởng các phòng, đơn vị.");
    }
    return new DashboardScope(authentication.getName(), false, units);
  }

  boolean sees(String unitCode) {
    return allUnits || units.contains(unitCode);
  }
}
