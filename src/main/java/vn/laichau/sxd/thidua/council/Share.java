package vn.laichau.sxd.thidua.council;

/**
 * A share such as 2/3 or 70%, kept as a fraction so that counts are compared exactly
 * ({@code votes × 3 ≥ members × 2}), never against a rounded decimal (DESIGN §4).
 */
record Share(int numerator, int denominator) {

  private static final int MAX_DENOMINATOR = 1000;
  private static final double TOLERANCE = 1e-9;

  public Share {
    if (numerator < 0 || denominator <= 0 || numerator > denominator) {
      throw new IllegalArgumentException("Tỷ lệ không hợp lệ: " + numerator + "/" + denominator);
    }
  }

  /** The fraction with the smallest denominator that a decision's decimal output stands for (0.6666… → 2/3). */
  public static Share of(double value) {
    for (int denominator = 1; denominator <= MAX_DENOMINATOR; denominator++) {
      long numerator = Math.round(value * denominator);
      if (Math.abs(value * denominator - numerator) < TOLERANCE * denominator) {
        return new Share((int) numerator, denominator);
      }
    }
    throw new IllegalArgumentException("Tỷ lệ " + value + " không biểu diễn được thành phân số mẫu số ≤ " + MAX_DENOMINATOR);
  }

  /** part / whole ≥ this share. */
  public boolean reachedBy(long part, long whole) {
    return part * denominator >= whole * numerator;
  }

  /** part / whole > this share. */
  public boolean exceededBy(long part, long whole) {
    return part * denominator > whole * numerator;
  }
}
