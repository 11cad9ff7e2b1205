package vn.laichau.sxd.thidua.notification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Service;
import vn.laichau.sxd.thidua.calendar.WorkingDayCalendar;

/**
 * Turns a notice into one outbox message per person, in the transaction of the step that causes it:
 * rendered from the kind's template for that person, then to be sent (it has an address and mail is
 * on), kept in the app only, or, for a task offered to someone who chose the morning digest, kept for
 * that digest. A notice has a key; writing it again (a retried job) adds nothing.
 */
@Service
public class MailNotices {

  /** The task list, for notices about work that waits there (a path: the public address is added). */
  public static final String TASKLIST = "/camunda/app/tasklist/default/";

  private final MailOutbox outbox;
  private final MailTemplates templates;
  private final Recipients recipients;
  private final MailPreferences preferences;
  private final MailSwitch mail;
  private final WorkingDayCalendar workingDays;
  private final OutboxProperties properties;
  private final ObjectMapper json;

  MailNotices(MailOutbox outbox, MailTemplates templates, Recipients recipients, MailPreferences preferences, MailSwitch mail,
      WorkingDayCalendar workingDays, OutboxProperties properties, ObjectMapper json) {
    this.outbox = outbox;
    this.templates = templates;
    this.recipients = recipients;
    this.preferences = preferences;
    this.mail = mail;
    this.workingDays = workingDays;
    this.properties = properties;
    this.json = json;
  }

  /** A notice to every member of the groups; a link given as a path ("/documents/…") is completed with the public address. */
  public void toGroups(MailKind kind, String key, Collection<String> groups, MailContent content) {
    deliver(kind, key, recipients.of(groups, List.of()), absolute(content), false);
  }

  /** A notice to the named people. */
  public void toUsers(MailKind kind, String key, Collection<String> users, MailContent content) {
    deliver(kind, key, recipients.of(List.of(), users), absolute(content), false);
  }

  /**
   * A task was created: tell whoever may take it. It comes back to a unit with a reason (a return)
   * when the model's {@code returnReason} gives one; a return is sent at once, a new task as the person chose.
   */
  void taskOffered(DelegateTask task, String returnReason) {
    List<String> groups = new ArrayList<>();
    List<String> users = new ArrayList<>();
    if (task.getAssignee() != null) {
      users.add(task.getAssignee());
    }
    for (IdentityLink link : task.getCandidates()) {
      if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
        groups.add(link.getGroupId());
      } else if (link.getUserId() != null) {
        users.add(link.getUserId());
      }
    }
    boolean returned = returnReason != null && !returnReason.isBlank();
    String headline = returned ? "Hồ sơ đã bị trả lại để bổ sung; việc đã trở lại danh sách công việc."
        : task.getAssignee() != null ? "Có việc mới giao cho ông/bà." : "Có việc mới chờ ông/bà (hoặc người cùng nhóm) nhận xử lý.";
    MailContent content = new MailContent(headline, task.getName(), null, null, returned ? returnReason.strip() : null, null,
        properties.base() + TASKLIST + "#/?task=" + task.getId(), "Mở việc trong danh sách công việc", task.getId());
    content = withDeadline(content, task.getDueDate());
    deliver(returned ? MailKind.TASK_RETURNED : MailKind.TASK_OFFERED, "task:" + task.getId(), recipients.of(groups, users), content,
        !returned);
  }

  private MailContent withDeadline(MailContent content, Date due) {
    if (due == null) {
      return content;
    }
    LocalDate day = due.toInstant().atZone(workingDays.zone()).toLocalDate();
    Integer left;
    try {
      left = day.isBefore(workingDays.today()) ? 0 : workingDays.workingDaysBetween(workingDays.today(), day);
    } catch (IllegalStateException e) {
      left = null;  // a deadline in a year whose holidays are not yet listed: the date alone
    }
    return content.withTask(content.taskId(), content.taskName(), WorkingDayCalendar.VIETNAMESE_DATE.format(day), left);
  }

  private void deliver(MailKind kind, String key, List<Recipient> people, MailContent content, boolean digestible) {
    if (people.isEmpty()) {
      return;
    }
    MailTemplate template = templates.current(kind);
    Instant now = ClockUtil.getCurrentTime().toInstant();
    for (Recipient person : people) {
      ComposedMail composed = templates.render(template, Map.of("name", person.name(), "m", content));
      String personKey = key + ":" + person.username();
      if (digestible && preferences.of(person.username()) == TaskMode.DIGEST) {
        outbox.add(personKey, kind, person, composed, toJson(content), OutboxStatus.DIGEST_ITEM, null, now);
      } else {
        write(personKey, kind, person, composed, now);
      }
    }
  }

  /** Writes a message to be sent, or kept in the app only (no address, mail off); false when it was written before. */
  boolean write(String key, MailKind kind, Recipient person, ComposedMail composed, Instant now) {
    String inAppOnly = inAppReason(person);
    return outbox.add(key, kind, person, composed, null, inAppOnly == null ? OutboxStatus.PENDING : OutboxStatus.IN_APP, inAppOnly, now);
  }

  /** Why a message is kept in the app only, or null when it is to be sent. */
  private String inAppReason(Recipient person) {
    if (person.address() == null) {
      return "Người nhận chưa có địa chỉ thư điện tử trong tệp tổ chức.";
    }
    return mail.on() ? null : "Thư điện tử đang tắt (chưa cấu hình máy chủ gửi thư).";
  }

  private MailContent absolute(MailContent content) {
    String link = content.link();
    return link != null && link.startsWith("/") ? content.withLink(properties.base() + link, content.linkLabel()) : content;
  }

  private String toJson(MailContent content) {
    try {
      return json.writeValueAsString(content);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
