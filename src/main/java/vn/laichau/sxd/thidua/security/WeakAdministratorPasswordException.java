package vn.laichau.sxd.thidua.security;

import java.util.List;

/** prod was given a first administrator password that Camunda's password policy refuses. */
class WeakAdministratorPasswordException extends RuntimeException {

  private final List<String> broken;

  WeakAdministratorPasswordException(List<String> broken) {
    super("THIDUA_ADMIN_PASSWORD breaks the password policy: " + broken);
    this.broken = List.copyOf(broken);
  }

  public List<String> broken() {
    return broken;
  }
}
