package vn.laichau.sxd.thidua.api;

import vn.laichau.sxd.thidua.engine.InvalidInputException;

/** A year given in a request (a path or query parameter): refused in Vietnamese unless it is a plausible year of the programme's records. */
public final class YearParameter {

  static final int FIRST = 2000;
  static final int LAST = 2100;

  private YearParameter() {
  }

  public static int check(int year) {
    if (year < FIRST || year > LAST) {
      throw new InvalidInputException("year", "Năm phải là một năm từ " + FIRST + " đến " + LAST + ".");
    }
    return year;
  }
}
