package vn.laichau.sxd.thidua.notification;

/** How a person hears of tasks offered to them. */
enum TaskMode {
  /** One message per task, at once ("ngay khi có việc"). */
  IMMEDIATE,
  /** One message each working-day morning listing the new tasks ("một thư tổng hợp mỗi sáng ngày làm việc"). */
  DIGEST
}
