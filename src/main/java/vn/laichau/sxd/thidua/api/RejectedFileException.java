package vn.laichau.sxd.thidua.api;

import java.util.List;

/** An uploaded file refused as a whole; each problem names its line (or row) and the reason. */
public class RejectedFileException extends RuntimeException {

  private final List<String> problems;

  public RejectedFileException(String message, List<String> problems) {
    super(message + "\n" + String.join("\n", problems));
    this.problems = List.copyOf(problems);
  }

  public String summary() {
    return getMessage().lines().findFirst().orElse("");
  }

  public List<String> problems() {
    return problems;
  }
}
