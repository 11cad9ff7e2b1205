package vn.laichau.sxd.thidua.organisation;

/** A member of a unit's staff as lists show them. */
public record StaffMember(String username, String fullName, String position) {
}
