package vn.laichau.sxd.thidua.registration;

/** Where a unit's registration of the year stands (column {@code unit_registration.status}); a unit without a row has not registered. */
public enum UnitRegistrationStatus {
  SUBMITTED("Chờ Văn phòng xem xét"),
  RETURNED("Bị trả lại"),
  ACCEPTED("Đã được chấp nhận");

  private final String label;

  UnitRegistrationStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
