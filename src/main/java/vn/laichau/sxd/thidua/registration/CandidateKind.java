package vn.laichau.sxd.thidua.registration;

import java.util.Arrays;
import java.util.Optional;

/** What a unit registers for indicator 4 (DOMAIN §8): a model, initiative, solution or exemplar. */
enum CandidateKind {
  MO_HINH("Mô hình"),
  SANG_KIEN("Sáng kiến"),
  GIAI_PHAP("Giải pháp"),
  DIEN_HINH("Điển hình tiên tiến");

  private final String label;

  CandidateKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public static Optional<CandidateKind> of(String code) {
    return Arrays.stream(values()).filter(kind -> kind.name().equals(code)).findFirst();
  }
}
