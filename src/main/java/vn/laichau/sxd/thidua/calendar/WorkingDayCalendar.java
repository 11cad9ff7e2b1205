package vn.laichau.sxd.thidua.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;

/**
 * Vietnamese working days: Monday to Friday except the configured public holidays. Exposed to
 * process models as {@code workingDays}, e.g. {@code camunda:dueDate="${workingDays.dueIn(3)}"}.
 * "Today" is the engine's clock, so process tests can move time.
 */
@Service("workingDays")
public class WorkingDayCalendar {

  private final Map<Integer, Set<LocalDate>> holidays;
  private final CalendarProperties properties;

  public WorkingDayCalendar(CalendarProperties properties) {
    this.properties = properties;
    this.holidays = properties.holidays() == null ? Map.of()
        : properties.holidays().entrySet().stream()
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> Set.copyOf(e.getValue())));
  }

  /** dd/MM/yyyy, the way Vietnamese documents write dates. */
  /** dd/mm/yyyy, strictly: 31/02 is refused, not read as 28/02. */
  public static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);
  private static final DateTimeFormatter VIETNAMESE_DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm");

  /**
   * The calendar date a form or client sent: dd/MM/yyyy or ISO text, a {@link LocalDate}, or a
   * {@link Date} read in Vietnam's time zone. Empty when the value is not a date.
   */
  public Optional<LocalDate> dateOf(Object value) {
    if (value instanceof Date date) {
      return Optional.of(date.toInstant().atZone(zone()).toLocalDate());
    }
    if (value instanceof LocalDate date) {
      return Optional.of(date);
    }
    String text = value == null ? "" : value.toString().strip();
    try {
      return Optional.of(text.contains("/") ? LocalDate.parse(text, VIETNAMESE_DATE) : LocalDate.parse(text));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  public ZoneId zone() {
    return properties.zone();
  }

  public LocalDate today() {
    return Instant.ofEpochMilli(ClockUtil.getCurrentTime().getTime()).atZone(zone()).toLocalDate();
  }

  public boolean isWorkingDay(LocalDate day) {
    Set<LocalDate> yearHolidays = holidays.get(day.getYear());
    if (yearHolidays == null) {
      throw new MissingHolidayListException(day.getYear());
    }
    DayOfWeek weekday = day.getDayOfWeek();
    return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !yearHolidays.contains(day);
  }

  /** The working day that is {@code days} working days after {@code from} (0: from itself, if working). */
  public LocalDate addWorkingDays(LocalDate from, int days) {
    if (days < 0) {
      throw new IllegalArgumentException("Số ngày làm việc phải không âm: " + days);
    }
    LocalDate day = from;
    while (!isWorkingDay(day)) {
      day = day.plusDays(1);
    }
    for (int counted = 0; counted < days; ) {
      day = day.plusDays(1);
      if (isWorkingDay(day)) {
        counted++;
      }
    }
    return day;
  }

  /** The last working day on or before {@code day}. */
  public LocalDate onOrBefore(LocalDate day) {
    LocalDate result = day;
    while (!isWorkingDay(result)) {
      result = result.minusDays(1);
    }
    return result;
  }

  /** Working days strictly after {@code from} up to and including {@code to}. */
  public int workingDaysBetween(LocalDate from, LocalDate to) {
    int count = 0;
    for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
      if (isWorkingDay(day)) {
        count++;
      }
    }
    return count;
  }

  /** A due date {@code days} working days from today, at the end of that working day. */
  public Date dueIn(int days) {
    return endOf(addWorkingDays(today(), days));
  }

  /**
   * When to remind about a deadline: the start of the working day that lies {@code days} working
   * days before the deadline's day, or now if that moment has passed (a task returned late).
   */
  public Date reminderBefore(Date deadline, int days) {
    LocalDate day = onOrBefore(deadline.toInstant().atZone(zone()).toLocalDate());
    for (int counted = 0; counted < days; ) {
      day = day.minusDays(1);
      if (isWorkingDay(day)) {
        counted++;
      }
    }
    Date reminder = Date.from(day.atTime(properties.startOfWorkingDay()).atZone(zone()).toInstant());
    Date now = ClockUtil.getCurrentTime();
    return reminder.before(now) ? now : reminder;
  }

  /** A date as Vietnamese documents write it, e.g. in a task name or a notice. */
  public String format(Date date) {
    return VIETNAMESE_DATE.format(date.toInstant().atZone(zone()));
  }

  /** A moment as our pages show it, in Vietnam's time: "04/01/2027 09:00". */
  public String formatDateTime(Instant at) {
    return VIETNAMESE_DATE_TIME.format(at.atZone(zone()));
  }

  /** The end of the working day {@code day}, as the engine's due dates want it. */
  public Date endOf(LocalDate day) {
    return Date.from(day.atTime(properties.endOfWorkingDay()).atZone(zone()).toInstant());
  }
}
