package vn.laichau.sxd.thidua.notification;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.laichau.sxd.thidua.calendar.WorkingDayCalendar;
import vn.laichau.sxd.thidua.engine.CurrentUser;
import vn.laichau.sxd.thidua.engine.InvalidInputException;

/**
 * The mail's administration: for the secretariat and the administrator, the messages that could not
 * be sent and the people without an address; for the administrator, the templates (roles in
 * SecurityConfiguration).
 */
@RestController
@RequestMapping("/api/mail")
class MailAdministrationController {

  private static final int LATEST = 100;

  private final MailOutbox outbox;
  private final MailTemplates templates;
  private final Recipients recipients;
  private final MailSwitch mail;
  private final IdentityService identityService;
  private final WorkingDayCalendar workingDays;

  MailAdministrationController(MailOutbox outbox, MailTemplates templates, Recipients recipients, MailSwitch mail,
      IdentityService identityService, WorkingDayCalendar workingDays) {
    this.outbox = outbox;
    this.templates = templates;
    this.recipients = recipients;
    this.mail = mail;
    this.identityService = identityService;
    this.workingDays = workingDays;
  }

  @GetMapping("/problems")
  public Map<String, Object> problems() {
    Map<String, String> names = new LinkedHashMap<>();
    List<Recipient> everyone = recipients.everyone();
    everyone.forEach(person -> names.put(person.username(), person.name()));
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("mailOn", mail.on());
    answer.put("failed", outbox.failed(LATEST).stream().map(m -> Map.of("at", workingDays.formatDateTime(m.createdAt()),
        "recipient", names.getOrDefault(m.recipient(), m.recipient()), "address", m.address() == null ? "" : m.address(),
        "subject", m.subject(), "attempts", m.attempts(), "error", m.lastError() == null ? "" : m.lastError())).toList());
    answer.put("withoutAddress", everyone.stream().filter(person -> person.address() == null)
        .map(person -> Map.of("name", person.name(), "username", person.username())).toList());
    return answer;
  }

  @GetMapping("/templates")
  public List<Map<String, Object>> templates() {
    return templates.all().stream().map(t -> {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("kind", t.kind().name());
      row.put("label", t.kind().label());
      row.put("subject", t.subject());
      row.put("html", t.html());
      row.put("text", t.text());
      row.put("changedBy", t.changedBy());
      row.put("changedAt", t.changedAt() == null ? null : workingDays.formatDateTime(t.changedAt()));
      row.put("sample", templates.render(t, SampleMessages.model(t.kind())));
      return row;
    }).toList();
  }

  @PutMapping("/templates/{kind}")
  public Map<String, Object> replace(@PathVariable String kind, @RequestBody(required = false) Map<String, Object> body) {
    MailKind mailKind = kind(kind);
    if (body == null || !Set.of("subject", "html", "text").containsAll(body.keySet())) {
      throw new InvalidInputException("template", "Mẫu thư gồm đúng ba phần: tiêu đề (subject), nội dung HTML (html) và văn bản thường (text).");
    }
    templates.replace(mailKind, text(body, "subject"), text(body, "html"), text(body, "text"), CurrentUser.id(identityService),
        ClockUtil.getCurrentTime().toInstant());
    return Map.of("kind", mailKind.name(), "sample", templates.render(mailKind, SampleMessages.model(mailKind)));
  }

  @DeleteMapping("/templates/{kind}")
  public Map<String, Object> restore(@PathVariable String kind) {
    MailKind mailKind = kind(kind);
    templates.restoreShipped(mailKind);
    return Map.of("kind", mailKind.name());
  }

  private static String text(Map<String, Object> body, String field) {
    return body.get(field) instanceof String value ? value : null;
  }

  private static MailKind kind(String code) {
    try {
      return MailKind.valueOf(code);
    } catch (IllegalArgumentException unknown) {
      throw new InvalidInputException("kind", "Không có loại thư này.");
    }
  }

}
