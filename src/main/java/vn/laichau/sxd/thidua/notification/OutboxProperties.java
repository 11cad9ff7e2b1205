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
 * @param scheduled whether this node sends and builds digests by itself (tests drive it by hand)
 * @param sendEvery the pause between two looks at the outbox
 * @param digestCron when the morning digest is built (on working days only)
 */
@ConfigurationProperties("thidua.mail")
record OutboxProperties(
    @DefaultValue("http://localhost:8080") String publicUrl,
    @DefaultValue("thidua@localhost") String from,
    @DefaultValue("Thi đua — Sở Xây dựng Lai Châu") String fromName,
    @DefaultValue("6") int maxAttempts,
    @DefaultValue("PT1M") Duration firstRetry,
    @DefaultValue("50") int batchSize,
    @DefaultValue("PT5M") Duration claimFor,
    @DefaultValue("true") boolean scheduled,
    @DefaultValue("PT15S") Duration sendEvery,
    @DefaultValue("0 0 7 * * MON-FRI") String digestCron) {

  /** The public address without a trailing slash. */
  String base() {
    return publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
  }
}
