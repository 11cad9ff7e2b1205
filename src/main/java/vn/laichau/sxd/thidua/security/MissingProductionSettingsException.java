package vn.laichau.sxd.thidua.security;

import java.util.List;

/** The prod profile was started without the environment it needs. */
class MissingProductionSettingsException extends IllegalStateException {

  private final List<String> missing;

  public MissingProductionSettingsException(List<String> missing) {
    super("Hồ sơ prod cần các biến môi trường: " + String.join(", ", missing));
    this.missing = List.copyOf(missing);
  }

  public List<String> missing() {
    return missing;
  }
}
