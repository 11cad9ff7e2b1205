package vn.laichau.sxd.thidua.notification;

import static vn.laichau.sxd.thidua.notification.NoticeVariables.NOTICE_BODY;
import static vn.laichau.sxd.thidua.notification.NoticeVariables.NOTICE_SUBJECT;
import static vn.laichau.sxd.thidua.notification.NoticeVariables.RECIPIENT_GROUP;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * A reminder or follow-up step in a model ({@code ${deadlineReminder}}), behind an async boundary.
 * The step's input parameters say to whom and what: {@code recipientGroup}, {@code noticeSubject},
 * {@code noticeBody}. Keyed by the execution that carries the reminder, so a retried job sends once.
 */
@Component("deadlineReminder")
class DeadlineReminder implements JavaDelegate {

  private final NotificationService notifications;

  public DeadlineReminder(NotificationService notifications) {
    this.notifications = notifications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    notifications.send(execution.getId() + ":" + execution.getCurrentActivityId(), RECIPIENT_GROUP.get(execution),
        NOTICE_SUBJECT.get(execution), NOTICE_BODY.get(execution));
  }
}
