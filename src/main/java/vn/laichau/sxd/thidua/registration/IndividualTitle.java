package vn.laichau.sxd.thidua.registration;

import com.fasterxml.jackson.annotation.JsonCreator;
import vn.laichau.sxd.thidua.decision.AwardCode;

/**
 * One person of the unit and the title registered for them, as the form {@code registration-unit}
 * sends it ({@code username}, {@code title}); {@code name} and {@code titleLabel} are added for the
 * forms that show the registration.
 */
public record IndividualTitle(String username, AwardCode title, String name, String titleLabel) {

  @JsonCreator
  public IndividualTitle {
  }

  /** A registration kept before titles were picked (2026) holds them as one text, shown as written. */
  @JsonCreator
  static IndividualTitle written(String text) {
    return new IndividualTitle(null, null, text, null);
  }
}
