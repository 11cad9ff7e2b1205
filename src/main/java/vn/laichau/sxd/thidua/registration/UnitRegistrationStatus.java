package vn.laichau.sxd.thidua.registration;

public enum UnitRegistrationStatus {
  SUBMITTED, RETURNED, ACCEPTED
}
