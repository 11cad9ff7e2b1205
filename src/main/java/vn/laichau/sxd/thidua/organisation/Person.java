package vn.laichau.sxd.thidua.organisation;

import java.util.Set;

/**
 * A member of staff. {@code unitCode} is null for the Department's leadership (Ban Giám đốc),
 * who belong to no division.
 */
record Person(
    String username,
    String fullName,
    String position,
    String unitCode,
    StaffCategory staffCategory,
    String email,
    Set<Role> roles) {

  public Person {
    roles = Set.copyOf(roles);
  }
}
