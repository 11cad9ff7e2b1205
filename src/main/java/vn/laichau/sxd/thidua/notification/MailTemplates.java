package vn.laichau.sxd.thidua.notification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import vn.laichau.sxd.thidua.audit.AuditAction;
import vn.laichau.sxd.thidua.audit.AuditEntry;
import vn.laichau.sxd.thidua.audit.AuditTrail;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.StringTemplateResolver;
import vn.laichau.sxd.thidua.engine.InvalidInputException;

/**
 * The message templates: the shipped ones in {@code mail/} on the classpath, each replaceable by the
 * administrator (table {@code mail_template}, read on every message, so every node uses the newest).
 * A replacement is stored only when it renders a sample message without error.
 */
@Component
class MailTemplates {

  /** The diary of the mail templates: who changed which. */
  static final String DIARY = "MAU-THU";

  private static final int SUBJECT_LIMIT = 300;

  private final JdbcTemplate jdbc;
  private final AuditTrail trail;
  private final TemplateEngine html = engine(TemplateMode.HTML);
  private final TemplateEngine text = engine(TemplateMode.TEXT);
  /** Read once: they are part of the application and change only with it. */
  private final Map<MailKind, MailTemplate> shipped = new EnumMap<>(MailKind.class);

  MailTemplates(JdbcTemplate jdbc, AuditTrail trail) {
    this.jdbc = jdbc;
    this.trail = trail;
    for (MailKind kind : MailKind.values()) {
      String name = "mail/" + kind.shippedTemplate();
      shipped.put(kind, new MailTemplate(kind, read(name + ".subject.txt"), read(name + ".html"), read(name + ".txt"), null, null));
    }
  }

  ComposedMail render(MailKind kind, Map<String, Object> model) {
    return render(current(kind), model);
  }

  List<MailTemplate> all() {
    return Arrays.stream(MailKind.values()).map(this::current).toList();
  }

  MailTemplate current(MailKind kind) {
    return changed(kind).orElseGet(() -> shipped.get(kind));
  }

  /** Stores the administrator's version after rendering a sample with it; a broken template changes nothing. */
  @Transactional
  void replace(MailKind kind, String subject, String htmlBody, String textBody, String user, Instant at) {
    if (isBlank(subject) || isBlank(htmlBody) || isBlank(textBody)) {
      throw new InvalidInputException("template", "Mẫu thư phải có đủ ba phần: tiêu đề, nội dung HTML và nội dung văn bản thường.");
    }
    MailTemplate candidate = new MailTemplate(kind, subject, htmlBody, textBody, user, at);
    try {
      render(candidate, SampleMessages.model(kind));
    } catch (TemplateProcessingException e) {
      throw new InvalidInputException("template", "Mẫu thư chưa dùng được: " + e.getMessage());
    }
    jdbc.update("DELETE FROM mail_template WHERE kind = ?", kind.name());
    jdbc.update("INSERT INTO mail_template (kind, subject, html_body, text_body, changed_by, changed_at) VALUES (?, ?, ?, ?, ?, ?)",
        kind.name(), subject, htmlBody, textBody, user, Timestamp.from(at));
    trail.record(AuditEntry.of(DIARY, AuditAction.TEMPLATE_CHANGED, "Sửa mẫu thư «" + kind.label() + "»."), user);
  }

  @Transactional
  void restoreShipped(MailKind kind) {
    jdbc.update("DELETE FROM mail_template WHERE kind = ?", kind.name());
    trail.record(AuditEntry.of(DIARY, AuditAction.TEMPLATE_CHANGED, "Dùng lại mẫu thư «" + kind.label() + "» có sẵn."));
  }

  ComposedMail render(MailTemplate template, Map<String, Object> model) {
    Context context = new Context(Locale.forLanguageTag("vi-VN"), model);
    String subject = text.process(template.subject(), context).strip().replaceAll("\\s+", " ");
    if (subject.length() > SUBJECT_LIMIT) {
      subject = subject.substring(0, SUBJECT_LIMIT - 1) + "…";
    }
    return new ComposedMail(subject, html.process(template.html(), context), text.process(template.text(), context));
  }

  private Optional<MailTemplate> changed(MailKind kind) {
    return jdbc.query("SELECT subject, html_body, text_body, changed_by, changed_at FROM mail_template WHERE kind = ?",
        (rs, i) -> new MailTemplate(kind, rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
            rs.getTimestamp(5).toInstant()), kind.name()).stream().findFirst();
  }

  private static String read(String path) {
    try {
      return new ClassPathResource(path).getContentAsString(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Thiếu mẫu thư " + path, e);
    }
  }

  private static TemplateEngine engine(TemplateMode mode) {
    StringTemplateResolver resolver = new StringTemplateResolver();
    resolver.setTemplateMode(mode);
    TemplateEngine engine = new TemplateEngine();
    engine.setTemplateResolver(resolver);
    return engine;
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}
