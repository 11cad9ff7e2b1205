package vn.laichau.sxd.thidua.notification;

/** Where a message of the outbox stands, with the words its recipient and the secretariat read. */
enum OutboxStatus {
  PENDING("Đang chờ gửi"),
  SENT("Đã gửi"),
  FAILED("Gửi không được"),
  IN_APP("Chỉ xem trong ứng dụng"),
  DIGEST_ITEM("Chờ thư tổng hợp sáng ngày làm việc"),
  IN_DIGEST("Đã gộp vào thư tổng hợp");

  private final String label;

  OutboxStatus(String label) {
    this.label = label;
  }

  String label() {
    return label;
  }
}
