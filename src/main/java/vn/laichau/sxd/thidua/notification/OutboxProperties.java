package vn.laichau.sxd.thidua.notification;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The e-mail outbox. The SMTP server itself is Spring's {@code spring.mail.*}
 * ({@code SPRING_MAIL_HOST}, …); without a host mail is off and notices stay in the app.
 *
 * @param publicUrl the address people open the application at; every link in a message starts with it
 * @param from the sender's address
 * @param fromName the sender's name as mail clients show it
 * @param maxAttempts tries before a message is marked failed
 * @param firstRetry the wait after the first failed try; each later wait doubles
 * @param batchSize messages one node claims and sends over one connection
 * @param claimFor how long a claimed message belongs to the node that claimed it; a node killed while
 *     sending loses its claim after this and another node sends the message (at most once more)
 *
 * <p>The schedule ({@code thidua.mail.scheduled}, {@code send-every}, {@code digest-cron}) is read by
 * {@link OutboxSchedule} from application.yaml.
 */
@ConfigurationProperties("thidua.mail")
record OutboxProperties(
    @DefaultValue("http://localhost:8080") String publicUrl,
    @DefaultValue("thidua@localhost") String from,
    @DefaultValue("Thi đua — Sở Xây dựng Lai Châu") String fromName,
    @DefaultValue("6") int maxAttempts,
    @DefaultValue("PT1M") Duration firstRetry,
    @DefaultValue("50") int batchSize,
    @DefaultValue("PT5M") Duration claimFor) {

  /** The public address without a trailing slash. */
  String base() {
    return publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
  }
}
