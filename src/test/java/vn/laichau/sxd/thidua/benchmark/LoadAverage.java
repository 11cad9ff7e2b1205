package vn.laichau.sxd.thidua.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The machine's load average (1, 5, 15 minutes), printed beside a figure so a quiet run can be told from a busy one. */
final class LoadAverage {

  private LoadAverage() {
  }

  static String now() {
    try {
      String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return fields[0] + " / " + fields[1] + " / " + fields[2];
    } catch (IOException e) {
      return "không đọc được";
    }
  }
}
