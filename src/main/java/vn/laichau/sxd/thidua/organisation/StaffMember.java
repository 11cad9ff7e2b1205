package vn.laichau.sxd.thidua.organisation;

/** A member of a unit's staff as lists show them. */
public record StaffMember(String username, String fullName, String position) {

  /** How people recognise a colleague in a list: "Phan Quang Nam — Chuyên viên". */
  public String label() {
    return label(fullName, position);
  }

  public static String label(String fullName, String position) {
    return position == null || position.isBlank() ? fullName : fullName + " — " + position;
  }
}
