package vn.laichau.sxd.thidua.notification;

/** What a message is about; each kind has its own template (shipped in {@code mail/}, changeable by the administrator). */
public enum MailKind {
  TASK_OFFERED("Việc mới được giao"),
  TASK_RETURNED("Hồ sơ bị trả lại"),
  REMINDER("Nhắc hạn, đôn đốc"),
  DOCUMENT_ISSUED("Văn bản được ban hành"),
  ALERT("Việc Văn phòng cần biết"),
  DIGEST("Thư tổng hợp buổi sáng");

  private final String label;

  MailKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  String templateName() {
    return name().toLowerCase().replace('_', '-');
  }
}
