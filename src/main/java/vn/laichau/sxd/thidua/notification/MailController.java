package vn.laichau.sxd.thidua.notification;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.laichau.sxd.thidua.calendar.WorkingDayCalendar;
import vn.laichau.sxd.thidua.engine.CurrentUser;
import vn.laichau.sxd.thidua.engine.InvalidInputException;

/**
 * A person's side of the notices page: their own messages (what was or would have been e-mailed)
 * and their choice of a message per new task or a morning digest.
 */
@RestController
@RequestMapping("/api/mail")
class MailController {

  private static final int LATEST = 100;

  private final MailOutbox outbox;
  private final MailPreferences preferences;
  private final MailSwitch mail;
  private final IdentityService identityService;
  private final WorkingDayCalendar workingDays;

  MailController(MailOutbox outbox, MailPreferences preferences, MailSwitch mail, IdentityService identityService,
      WorkingDayCalendar workingDays) {
    this.outbox = outbox;
    this.preferences = preferences;
    this.mail = mail;
    this.identityService = identityService;
    this.workingDays = workingDays;
  }

  @GetMapping("/mine")
  public Map<String, Object> mine() {
    String me = CurrentUser.id(identityService);
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("mailOn", mail.on());
    answer.put("taskMode", preferences.of(me).name());
    answer.put("messages", outbox.forRecipient(me, LATEST).stream().map(m -> Map.of(
        "at", workingDays.formatDateTime(m.createdAt()), "kind", m.kind().label(), "subject", m.subject(), "status", m.status().label(),
        "note", m.status() == OutboxStatus.SENT || m.lastError() == null ? "" : m.lastError(), "text", m.text(), "html", m.html())).toList());
    return answer;
  }

  @PutMapping("/preference")
  public Map<String, Object> choose(@RequestBody(required = false) Map<String, Object> body) {
    if (body == null || !Set.of("taskMode").containsAll(body.keySet()) || !(body.get("taskMode") instanceof String value)
        || !Set.of("IMMEDIATE", "DIGEST").contains(value)) {
      throw new InvalidInputException("taskMode",
          "Hãy chọn một trong hai cách nhận thông báo việc mới: ngay khi có việc, hoặc một thư tổng hợp mỗi sáng ngày làm việc.");
    }
    preferences.set(CurrentUser.id(identityService), TaskMode.valueOf(value), ClockUtil.getCurrentTime().toInstant());
    return Map.of("taskMode", value);
  }

}
