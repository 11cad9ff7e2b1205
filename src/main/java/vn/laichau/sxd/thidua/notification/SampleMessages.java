package vn.laichau.sxd.thidua.notification;

import java.util.List;
import java.util.Map;

/** A plausible message of each kind, to try a template on before it is stored and to show beside it. */
final class SampleMessages {

  private static final MailContent TASK = new MailContent("Có việc mới giao cho đơn vị của ông/bà.",
      "Đăng ký thi đua năm 2027 — Phòng Quy hoạch – Kiến trúc", "31/03/2027", 12, null, null,
      "http://localhost:8080/camunda/app/tasklist/default/", "Mở việc trong danh sách công việc", null);

  private SampleMessages() {
  }

  static Map<String, Object> model(MailKind kind) {
    MailContent content = switch (kind) {
      case TASK_RETURNED -> TASK.withReason("Thiếu bản tự đánh giá mức độ hoàn thành nhiệm vụ.");
      case REMINDER -> MailContent.of("Còn 3 ngày làm việc đến hạn đăng ký thi đua năm 2027")
          .withText("Đơn vị chưa gửi đăng ký thi đua năm 2027; hạn cuối là 31/03/2027.");
      case DOCUMENT_ISSUED -> MailContent.of("Quyết định khen thưởng năm 2026 đã được ký")
          .withText("Quyết định số 15/QĐ-SXD ngày 20/01/2027 có nội dung liên quan đến đơn vị của ông/bà.");
      case ALERT -> MailContent.of("Có ý kiến phản ánh mới về danh sách khen thưởng")
          .withText("Ý kiến về Nguyễn Văn An — Lao động tiên tiến.");
      default -> TASK;
    };
    return Map.of("name", "Nguyễn Thị Thu Hà", "m", content, "items", List.of(TASK, TASK), "date", "04/01/2027");
  }
}
