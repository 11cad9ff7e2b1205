package vn.laichau.sxd.thidua.calendar;

/** A date falls in a year for which no holiday list is configured. */
class MissingHolidayListException extends IllegalStateException {

  public MissingHolidayListException(int year) {
    super("Chưa có danh sách ngày nghỉ lễ năm " + year
        + " trong cấu hình (thidua.calendar.holidays), nên không tính được ngày làm việc.");
  }
}
