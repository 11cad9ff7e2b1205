package vn.laichau.sxd.thidua.indicator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Opens reviews on the days set in configuration: every morning, and once at start-up so a day on
 * which the server was down is caught up. What is open lives in the database (one review per year and
 * kind), so a second node or a second run opens nothing twice.
 */
@Component
@ConditionalOnProperty(name = "thidua.reviews.scheduled", havingValue = "true", matchIfMissing = true)
class ReviewScheduler {

  private static final Logger LOG = LoggerFactory.getLogger(ReviewScheduler.class);

  private final ReviewService reviews;

  public ReviewScheduler(ReviewService reviews) {
    this.reviews = reviews;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Scheduled(cron = "${thidua.reviews.check-cron}", zone = "${thidua.zone}")
  public void openDueReviews() {
    try {
      reviews.startDueReviews();
    } catch (RuntimeException e) {
      // Another node opened it in the same instant, or the database is away: the next run tries again.
      LOG.warn("Chưa mở được kỳ sơ kết, tổng kết đến hạn; sẽ thử lại ở lần kiểm tra sau.", e);
    }
  }
}
