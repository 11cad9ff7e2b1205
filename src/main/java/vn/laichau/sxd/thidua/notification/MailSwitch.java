package vn.laichau.sxd.thidua.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * Whether this installation sends e-mail: Spring Boot makes the SMTP client only when a mail host
 * is configured ({@code SPRING_MAIL_HOST}). Without one, notices are kept in the app only and the
 * log and the secretariat's list say that mail is off.
 */
@Component
class MailSwitch {

  private static final Logger LOG = LoggerFactory.getLogger(MailSwitch.class);

  private final ObjectProvider<JavaMailSenderImpl> sender;

  MailSwitch(ObjectProvider<JavaMailSenderImpl> sender) {
    this.sender = sender;
  }

  boolean on() {
    return sender.getIfAvailable() != null;
  }

  JavaMailSenderImpl sender() {
    return sender.getObject();
  }

  @EventListener(ApplicationReadyEvent.class)
  void report() {
    if (on()) {
      LOG.info("Thư điện tử: bật, gửi qua máy chủ {}:{}.", sender().getHost(), sender().getPort());
    } else {
      LOG.warn("Thư điện tử: TẮT (chưa đặt SPRING_MAIL_HOST). Thông báo chỉ xem được trong ứng dụng, trang /notices/.");
    }
  }
}
