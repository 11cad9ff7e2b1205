package vn.laichau.sxd.thidua.engine;

import java.util.Optional;

/** Reads a variable that must hold a whole number, whatever numeric type it arrived as (2026, 2026L, 2026.0 from JSON). */
public final class WholeNumber {

  private WholeNumber() {
  }

  public static Optional<Integer> of(Object value) {
    return value instanceof Number number && number.doubleValue() == Math.rint(number.doubleValue())
        ? Optional.of(number.intValue()) : Optional.empty();
  }
}
