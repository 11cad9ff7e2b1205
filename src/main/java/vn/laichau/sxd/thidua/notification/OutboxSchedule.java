package vn.laichau.sxd.thidua.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every node looks at the outbox every few seconds and builds the digests on working-day mornings;
 * the row claims and the digest keys make two nodes doing it at once harmless.
 */
@Component
@ConditionalOnProperty(name = "thidua.mail.scheduled", havingValue = "true", matchIfMissing = true)
class OutboxSchedule {

  private static final Logger LOG = LoggerFactory.getLogger(OutboxSchedule.class);

  private final OutboxSender sender;
  private final MorningDigest digest;

  OutboxSchedule(OutboxSender sender, MorningDigest digest) {
    this.sender = sender;
    this.digest = digest;
  }

  @Scheduled(fixedDelayString = "${thidua.mail.send-every}", initialDelayString = "${thidua.mail.send-every}")
  void send() {
    try {
      sender.sendDue();
    } catch (RuntimeException e) {
      LOG.warn("Chưa gửi được thư trong hộp thư đi; sẽ thử lại ở lần sau.", e);
    }
  }

  @Scheduled(cron = "${thidua.mail.digest-cron}", zone = "${thidua.zone}")
  void morning() {
    try {
      digest.build();
      sender.sendDue();
    } catch (RuntimeException e) {
      LOG.warn("Chưa lập được thư tổng hợp buổi sáng; những việc chờ sẽ vào thư của sáng làm việc sau.", e);
    }
  }
}
