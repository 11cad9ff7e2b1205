package vn.laichau.sxd.thidua.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
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
  private final String publicUrl;

  MailSwitch(ObjectProvider<JavaMailSenderImpl> sender, @Value("${thidua.mail.public-url:}") String publicUrl) {
    this.sender = sender;
    this.publicUrl = publicUrl;
  }

  /** A mail host given and not blank (an empty SPRING_MAIL_HOST still makes Spring build a client). */
  boolean on() {
    JavaMailSenderImpl client = sender.getIfAvailable();
    return client != null && client.getHost() != null && !client.getHost().isBlank();
  }

  JavaMailSenderImpl sender() {
    return sender.getObject();
  }

  @EventListener(ApplicationReadyEvent.class)
  void report() {
    if (on()) {
      LOG.info("Thư điện tử: bật, gửi qua máy chủ {}:{}; liên kết trong thư bắt đầu bằng {}.", sender().getHost(), sender().getPort(),
          publicUrl);
      if (publicUrl.contains("://localhost")) {
        LOG.warn("Thư điện tử: THIDUA_PUBLIC_URL chưa đặt, liên kết trong thư trỏ về {}: người nhận sẽ không mở được.", publicUrl);
      }
    } else {
      LOG.warn("Thư điện tử: TẮT (chưa đặt SPRING_MAIL_HOST). Thông báo chỉ xem được trong ứng dụng, trang /notices/.");
    }
  }
}
