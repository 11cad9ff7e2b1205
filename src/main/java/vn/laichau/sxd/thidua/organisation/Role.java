package vn.laichau.sxd.thidua.organisation;

import java.util.Optional;

/**
 * A person's roles in the emulation programme. Each role but the council secretary maps to a
 * Camunda group (DESIGN §5); unit roles map to the group of the person's own unit.
 */
enum Role {
  UNIT_HEAD(true, null),
  /** An authorised deputy works the unit's tasks like the head. */
  DEPUTY(true, null),
  COUNCIL(false, CamundaGroups.COUNCIL),
  COUNCIL_CHAIR(false, CamundaGroups.COUNCIL_CHAIR),
  /** Thư ký Hội đồng: prepares sessions, does not vote, so has no group of its own. */
  COUNCIL_SECRETARY(false, null),
  SECRETARIAT(false, CamundaGroups.SECRETARIAT),
  DIRECTOR(false, CamundaGroups.DIRECTOR),
  MANAGER(false, CamundaGroups.MANAGERS);

  private final boolean unitRole;
  private final String groupId;

  Role(boolean unitRole, String groupId) {
    this.unitRole = unitRole;
    this.groupId = groupId;
  }

  /** True for roles that act for the person's own unit and so need a unit. */
  public boolean isUnitRole() {
    return unitRole;
  }

  /** The Camunda group of this role, for a person of the given unit. */
  public Optional<String> groupId(String unitCode) {
    if (unitRole) {
      return Optional.of(CamundaGroups.unitHead(unitCode));
    }
    return Optional.ofNullable(groupId);
  }
}
