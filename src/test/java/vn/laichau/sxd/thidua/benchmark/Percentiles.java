package vn.laichau.sxd.thidua.benchmark;

import java.util.List;

/** Nearest-rank percentiles of measured durations (in microseconds), as the benchmarks report them. */
final class Percentiles {

  private Percentiles() {
  }

  static long of(List<Long> values, int percent) {
    List<Long> sorted = values.stream().sorted().toList();
    return sorted.get(Math.max(0, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1));
  }

  static double millis(List<Long> micros, int percent) {
    return of(micros, percent) / 1000.0;
  }

  static double maxMillis(List<Long> micros) {
    return micros.stream().mapToLong(Long::longValue).max().orElse(0) / 1000.0;
  }
}
