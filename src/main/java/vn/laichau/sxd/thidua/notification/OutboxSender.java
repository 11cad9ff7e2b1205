package vn.laichau.sxd.thidua.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends what is due in the outbox: claims a batch, sends it over one SMTP connection, and marks each
 * message sent, to be retried after a growing wait, or failed (a permanent refusal such as an unknown
 * address, or the last try). A message's Message-ID is derived from its row, so a message sent twice
 * (a node killed between sending and marking) is folded by mail clients.
 */
@Component
class OutboxSender {

  private static final Logger LOG = LoggerFactory.getLogger(OutboxSender.class);

  private final MailOutbox outbox;
  private final MailSwitch mail;
  private final OutboxProperties properties;
  private final String node = "node-" + UUID.randomUUID();
  /** The right-hand side of every Message-ID: the public address's host. */
  private final String host;

  OutboxSender(MailOutbox outbox, MailSwitch mail, OutboxProperties properties) {
    this.outbox = outbox;
    this.mail = mail;
    this.properties = properties;
    this.host = Objects.requireNonNullElse(URI.create(properties.base()).getHost(), "localhost");
  }

  /** Sends every message due now, batch by batch; the number of messages sent. */
  int sendDue() {
    if (!mail.on()) {
      return 0;
    }
    int sent = 0;
    while (true) {
      Instant now = ClockUtil.getCurrentTime().toInstant();
      List<OutboxMessage> batch = outbox.claimDue(node, now, now.plus(properties.claimFor()), properties.batchSize());
      if (batch.isEmpty()) {
        return sent;
      }
      sent += send(batch);
    }
  }

  private int send(List<OutboxMessage> batch) {
    JavaMailSenderImpl sender = mail.sender();
    Map<MimeMessage, OutboxMessage> built = new IdentityHashMap<>();
    List<MimeMessage> messages = new ArrayList<>();
    for (OutboxMessage message : batch) {
      try {
        MimeMessage mime = build(sender.getSession(), message);
        built.put(mime, message);
        messages.add(mime);
      } catch (AddressException e) {
        outbox.markFailed(message.id(), node, "Địa chỉ thư điện tử không hợp lệ: " + message.address() + " (" + e.getMessage() + ")");
      } catch (MessagingException | UnsupportedEncodingException e) {
        outbox.markFailed(message.id(), node, "Không dựng được thư: " + e.getMessage());
      }
    }
    Map<Object, Exception> failures = Map.of();
    try {
      sender.send(messages.toArray(MimeMessage[]::new));
    } catch (MailSendException e) {
      failures = e.getFailedMessages();
      if (failures.isEmpty()) {
        failures = everyOne(messages, e);
      }
    } catch (MailException e) {
      failures = everyOne(messages, e);  // e.g. the server refused the login: nothing was sent
    }
    int sent = 0;
    Instant now = ClockUtil.getCurrentTime().toInstant();
    for (MimeMessage mime : messages) {
      OutboxMessage message = built.get(mime);
      Exception failure = failures.get(mime);
      if (failure == null) {
        outbox.markSent(message.id(), node, now);
        sent++;
      } else {
        failed(message, failure, now);
      }
    }
    return sent;
  }

  private void failed(OutboxMessage message, Exception failure, Instant now) {
    String reason = describe(failure);
    int attempt = message.attempts() + 1;
    if (isPermanent(failure) || attempt >= properties.maxAttempts()) {
      outbox.markFailed(message.id(), node, reason);
      LOG.warn("Thư gửi {} không gửi được sau {} lần: {}", message.recipient(), attempt, reason);
    } else {
      Duration wait = properties.firstRetry().multipliedBy(1L << Math.min(attempt - 1, 16));
      outbox.markRetry(message.id(), node, now.plus(wait), reason);
    }
  }

  private MimeMessage build(Session session, OutboxMessage message) throws MessagingException, UnsupportedEncodingException {
    String messageId = "<thidua." + message.id() + "@" + host + ">";
    MimeMessage mime = new MimeMessage(session) {
      @Override
      protected void updateMessageID() throws MessagingException {
        setHeader("Message-ID", messageId);
      }
    };
    MimeMessageHelper helper = new MimeMessageHelper(mime, true, StandardCharsets.UTF_8.name());
    helper.setFrom(new InternetAddress(properties.from(), properties.fromName(), StandardCharsets.UTF_8.name()));
    helper.setTo(new InternetAddress(message.address(), true));
    helper.setSubject(message.subject());
    helper.setText(message.text(), message.html());
    return mime;
  }

  /** The server refused the message itself (5xx: unknown mailbox, rejected content): trying again changes nothing. */
  private static boolean isPermanent(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = next(cause)) {
      if (cause instanceof SMTPAddressFailedException address && address.getReturnCode() >= 500
          || cause instanceof SMTPSendFailedException send && send.getReturnCode() >= 500) {
        return true;
      }
    }
    return false;
  }

  private static String describe(Throwable failure) {
    StringBuilder text = new StringBuilder();
    for (Throwable cause = failure; cause != null && text.length() < 900; cause = next(cause)) {
      if (cause.getMessage() != null && text.indexOf(cause.getMessage()) < 0) {
        text.append(text.isEmpty() ? "" : " — ").append(cause.getMessage().strip());
      }
    }
    return text.isEmpty() ? failure.getClass().getSimpleName() : text.toString();
  }

  private static Throwable next(Throwable cause) {
    Throwable next = cause instanceof MessagingException messaging && messaging.getNextException() != null
        ? messaging.getNextException() : cause.getCause();
    return next == cause ? null : next;
  }

  private static Map<Object, Exception> everyOne(List<MimeMessage> messages, Exception failure) {
    Map<Object, Exception> all = new IdentityHashMap<>();
    messages.forEach(message -> all.put(message, failure));
    return all;
  }
}
