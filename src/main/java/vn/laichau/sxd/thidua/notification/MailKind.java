package vn.laichau.sxd.thidua.notification;

/**
 * What a message is about. Each kind has its own template, which the administrator may change; the
 * shipped ones are in {@code mail/}, where the kinds that carry a headline and a text share one.
 */
public enum MailKind {
  TASK_OFFERED("Việc mới được giao", "task-offered"),
  TASK_RETURNED("Hồ sơ bị trả lại", "task-returned"),
  REMINDER("Nhắc hạn, đôn đốc", "notice"),
  DOCUMENT_ISSUED("Văn bản được ban hành", "notice"),
  ALERT("Việc Văn phòng cần biết", "notice"),
  DIGEST("Thư tổng hợp buổi sáng", "digest");

  private final String label;
  private final String shippedTemplate;

  MailKind(String label, String shippedTemplate) {
    this.label = label;
    this.shippedTemplate = shippedTemplate;
  }

  public String label() {
    return label;
  }

  /** The name of the shipped template's files in {@code mail/}. */
  String shippedTemplate() {
    return shippedTemplate;
  }
}
