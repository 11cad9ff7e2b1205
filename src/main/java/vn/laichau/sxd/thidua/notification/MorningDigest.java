package vn.laichau.sxd.thidua.notification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.laichau.sxd.thidua.calendar.WorkingDayCalendar;

/**
 * On a working-day morning, folds each person's waiting task notices into one message. A task already
 * done by then is left out; nothing is folded twice, because the digest row has a key per person and
 * day and its items are taken in the same transaction. On a weekend or a holiday nothing is built: the
 * notices wait for the next working morning.
 */
@Component
class MorningDigest {

  private final MailOutbox outbox;
  private final MailTemplates templates;
  private final Recipients recipients;
  private final MailNotices notices;
  private final WorkingDayCalendar workingDays;
  private final TaskService tasks;
  private final TransactionTemplate transaction;
  private final ObjectMapper json;

  MorningDigest(MailOutbox outbox, MailTemplates templates, Recipients recipients, MailNotices notices,
      WorkingDayCalendar workingDays, TaskService tasks, TransactionTemplate transaction, ObjectMapper json) {
    this.outbox = outbox;
    this.templates = templates;
    this.recipients = recipients;
    this.notices = notices;
    this.workingDays = workingDays;
    this.tasks = tasks;
    this.transaction = transaction;
    this.json = json;
  }

  /** Builds today's digests; the number of people who get one. */
  int build() {
    LocalDate today = workingDays.today();
    if (!workingDays.isWorkingDay(today)) {
      return 0;
    }
    Instant now = ClockUtil.getCurrentTime().toInstant();
    int built = 0;
    for (String username : outbox.digestRecipients(now)) {
      try {
        Boolean made = transaction.execute(status -> buildFor(username, today, now));
        built += Boolean.TRUE.equals(made) ? 1 : 0;
      } catch (DataIntegrityViolationException e) {
        // another node built this person's digest in the same instant
      }
    }
    return built;
  }

  private boolean buildFor(String username, LocalDate today, Instant now) {
    List<MailOutbox.DigestItem> items = outbox.digestItems(username, now);
    List<MailContent> contents = new ArrayList<>();
    for (MailOutbox.DigestItem item : items) {
      contents.add(read(item.json()));
    }
    Set<String> open = openTasks(contents);
    List<MailContent> stillOpen = contents.stream().filter(c -> c.taskId() == null || open.contains(c.taskId())).toList();
    Recipient person = recipients.of(List.of(), List.of(username)).stream().findFirst()
        .orElse(new Recipient(username, username, null));
    String key = "digest:" + username + ":" + today;
    Long digestId = null;
    if (!stillOpen.isEmpty()) {
      String date = WorkingDayCalendar.VIETNAMESE_DATE.format(today);
      ComposedMail composed = templates.render(MailKind.DIGEST, Map.of("name", person.name(), "items", stillOpen, "date", date,
          "m", MailContent.of("Thư tổng hợp ngày " + date)));
      if (!notices.write(key, MailKind.DIGEST, person, composed, now)) {
        return false;  // today's digest was built by an earlier run: what came since waits for tomorrow's
      }
      digestId = outbox.idOf(key);
    }
    if (!outbox.fold(items, digestId)) {
      throw new DataIntegrityViolationException("Thư tổng hợp của " + username + " đã được lập ở nút khác.");
    }
    return digestId != null;
  }

  private Set<String> openTasks(List<MailContent> contents) {
    Set<String> ids = contents.stream().map(MailContent::taskId).filter(id -> id != null).collect(Collectors.toSet());
    if (ids.isEmpty()) {
      return Set.of();
    }
    return tasks.createTaskQuery().taskIdIn(ids.toArray(String[]::new)).list().stream().map(t -> t.getId()).collect(Collectors.toSet());
  }

  private MailContent read(String value) {
    try {
      return json.readValue(value, MailContent.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
