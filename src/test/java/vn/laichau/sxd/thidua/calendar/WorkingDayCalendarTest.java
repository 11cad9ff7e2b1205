package vn.laichau.sxd.thidua.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/** Against the shipped holiday lists, bound exactly as the application binds them. */
class WorkingDayCalendarTest {

  private static WorkingDayCalendar calendar;

  @BeforeAll
  static void loadShippedHolidays() throws IOException {
    StandardEnvironment environment = new StandardEnvironment();
    new YamlPropertySourceLoader().load("holidays", new ClassPathResource("calendar/holidays.yaml"))
        .forEach(environment.getPropertySources()::addFirst);
    calendar = new WorkingDayCalendar(Binder.get(environment).bind("thidua.calendar", CalendarProperties.class).get());
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void shipsAHolidayListForEveryYearOfTheProgramme() {
    for (int year = 2026; year <= 2030; year++) {
      assertThat(calendar.isWorkingDay(LocalDate.of(year, 1, 1))).as("01/01/%d", year).isFalse();
    }
  }

  @Test
  void skipsWeekends() {
    LocalDate friday = LocalDate.of(2026, 3, 6);
    assertThat(calendar.addWorkingDays(friday, 1)).isEqualTo(LocalDate.of(2026, 3, 9));
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 7))).isFalse();
  }

  @Test
  void skipsTetAndNationalDay2026() {
    // Friday 13/02/2026, then Tết from Monday 16 to Friday 20/02: the next working day is Monday 23/02.
    assertThat(calendar.addWorkingDays(LocalDate.of(2026, 2, 13), 1)).isEqualTo(LocalDate.of(2026, 2, 23));
    assertThat(calendar.addWorkingDays(LocalDate.of(2026, 8, 31), 1)).isEqualTo(LocalDate.of(2026, 9, 3));
  }

  @Test
  void startsCountingFromTheNextWorkingDayWhenGivenAHoliday() {
    assertThat(calendar.addWorkingDays(LocalDate.of(2026, 2, 14), 0)).isEqualTo(LocalDate.of(2026, 2, 23));
    assertThat(calendar.onOrBefore(LocalDate.of(2026, 2, 22))).isEqualTo(LocalDate.of(2026, 2, 13));
  }

  @Test
  void countsWorkingDaysBetweenDates() {
    assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 2, 13), LocalDate.of(2026, 2, 27))).isEqualTo(5);
  }

  @Test
  void refusesAYearWithoutHolidayList() {
    assertThatThrownBy(() -> calendar.isWorkingDay(LocalDate.of(2031, 1, 2)))
        .isInstanceOf(MissingHolidayListException.class)
        .hasMessageContaining("năm 2031");
    assertThatThrownBy(() -> calendar.addWorkingDays(LocalDate.of(2030, 12, 30), 5))
        .isInstanceOf(MissingHolidayListException.class);
  }

  @Test
  void dueDatesEndAtFivePmVietnamTimeOnTheEngineClock() {
    ClockUtil.setCurrentTime(Date.from(LocalDate.of(2026, 11, 24).atTime(9, 0).atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant()));
    Date due = calendar.dueIn(3);
    assertThat(due.toInstant().atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toLocalDateTime())
        .isEqualTo(LocalDate.of(2026, 11, 27).atTime(LocalTime.of(17, 0)));
  }

  @Test
  void todayIsReadInVietnamWhateverTheServerZone() {
    // 20:00 UTC on 30/06 is already 01/07 in Vietnam.
    ClockUtil.setCurrentTime(Date.from(LocalDate.of(2026, 6, 30).atTime(20, 0).atZone(ZoneId.of("UTC")).toInstant()));
    assertThat(calendar.today()).isEqualTo(LocalDate.of(2026, 7, 1));
  }

  @Test
  void aReminderGoesOutAtTheStartOfTheWorkingDayBeforeTheDeadlineAndNeverInThePast() {
    ZoneId vietnam = ZoneId.of("Asia/Ho_Chi_Minh");
    ClockUtil.setCurrentTime(Date.from(LocalDate.of(2026, 11, 2).atTime(9, 0).atZone(vietnam).toInstant()));
    // Monday 30/11/2026: one working day before is Friday 27/11, three before is Wednesday 25/11.
    Date deadline = calendar.endOf(LocalDate.of(2026, 11, 30));
    assertThat(calendar.reminderBefore(deadline, 1).toInstant().atZone(vietnam).toLocalDateTime())
        .isEqualTo(LocalDate.of(2026, 11, 27).atTime(7, 30));
    assertThat(calendar.reminderBefore(deadline, 3).toInstant().atZone(vietnam).toLocalDate()).isEqualTo(LocalDate.of(2026, 11, 25));
    assertThat(calendar.format(deadline)).isEqualTo("30/11/2026");

    ClockUtil.setCurrentTime(Date.from(LocalDate.of(2026, 11, 30).atTime(9, 0).atZone(vietnam).toInstant()));
    assertThat(calendar.reminderBefore(deadline, 1)).isEqualTo(ClockUtil.getCurrentTime());
  }

  @Test
  void aDateIsReadStrictly() {
    assertThat(calendar.dateOf("29/02/2028")).contains(java.time.LocalDate.of(2028, 2, 29));
    assertThat(calendar.dateOf("31/02/2027")).as("no such day, not 28/02").isEmpty();
    assertThat(calendar.dateOf("29/02/2027")).isEmpty();
    assertThat(calendar.dateOf("2027-01-15")).contains(java.time.LocalDate.of(2027, 1, 15));
  }
}
