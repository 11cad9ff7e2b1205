package vn.laichau.sxd.thidua.notification;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * A reminder or follow-up step in a model ({@code ${deadlineReminder}}), behind an async boundary.
 * The step's input parameters say to whom and what: {@code recipientGroup}, {@code noticeSubject},
 * {@code noticeBody}. Keyed by the execution that carries the reminder, so a retried job sends once.
 */
@Component("deadlineReminder")
public class DeadlineReminder implements JavaDelegate {

  private final NotificationService notifications;

  public DeadlineReminder(NotificationService notifications) {
    this.notifications = notifications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    notifications.send(execution.getId() + ":" + execution.getCurrentActivityId(), (String) execution.getVariable("recipientGroup"),
        (String) execution.getVariable("noticeSubject"), (String) execution.getVariable("noticeBody"));
  }
}
