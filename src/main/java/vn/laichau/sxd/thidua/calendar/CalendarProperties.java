package vn.laichau.sxd.thidua.calendar;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Public holidays per year (weekdays off, including compensatory days), the time zone of the
 * Department, the hour at which a working day starts (reminders go out then) and the hour at
 * which a due day ends. Lives in {@code calendar/holidays.yaml}.
 */
@ConfigurationProperties("thidua.calendar")
record CalendarProperties(
    Map<Integer, List<LocalDate>> holidays,
    @DefaultValue("Asia/Ho_Chi_Minh") ZoneId zone,
    @DefaultValue("07:30") LocalTime startOfWorkingDay,
    @DefaultValue("17:00") LocalTime endOfWorkingDay) {
}
