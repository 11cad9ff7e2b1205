package vn.laichau.sxd.thidua.indicator;

import java.util.Arrays;
import java.util.Optional;

/** The seven yearly indicators of the Department's plan (DOMAIN §8), how each is measured and where its figure comes from. */
public enum Indicator {
  LEGAL_DOCUMENTS(1, "Văn bản quy phạm pháp luật, đề án được giao hoàn thành đúng hạn", Measure.PERCENT, Source.REPORTED),
  ASSIGNED_TASKS(2, "Mục tiêu, nhiệm vụ UBND tỉnh, Chủ tịch UBND tỉnh giao được hoàn thành", Measure.PERCENT, Source.REPORTED),
  ADMINISTRATIVE_PROCEDURES(3, "Hồ sơ thủ tục hành chính giải quyết đúng hạn, trước hạn", Measure.PERCENT, Source.REPORTED),
  MODELS_AND_EXEMPLARS(4, "Mô hình, sáng kiến, giải pháp, điển hình thực hiện đủ bốn bước", Measure.COUNT, Source.EXEMPLAR_REGISTER),
  POLICY_AND_STUDY(5, "Cán bộ được phổ biến chính sách mới, đăng ký học tập và làm theo Bác", Measure.PERCENT, Source.REPORTED),
  TASK_COMPLETION(6, "Cán bộ được xếp loại hoàn thành tốt nhiệm vụ trở lên", Measure.PERCENT, Source.RATINGS),
  DISCIPLINE(7, "Người bị kỷ luật do nguyên nhân chủ quan", Measure.COUNT, Source.REPORTED);

  /** A share in per cent (0–100) or a whole count (0 or more). */
  public enum Measure { PERCENT, COUNT }

  /** Reported by the unit head, or computed by the system. */
  public enum Source { REPORTED, EXEMPLAR_REGISTER, RATINGS }

  private final int number;
  private final String label;
  private final Measure measure;
  private final Source source;

  Indicator(int number, String label, Measure measure, Source source) {
    this.number = number;
    this.label = label;
    this.measure = measure;
    this.source = source;
  }

  public int number() {
    return number;
  }

  public String label() {
    return label;
  }

  public Measure measure() {
    return measure;
  }

  public Source source() {
    return source;
  }

  public boolean reported() {
    return source == Source.REPORTED;
  }

  public static Optional<Indicator> of(int number) {
    return Arrays.stream(values()).filter(indicator -> indicator.number == number).findFirst();
  }
}
