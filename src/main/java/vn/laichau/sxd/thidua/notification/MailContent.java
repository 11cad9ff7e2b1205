package vn.laichau.sxd.thidua.notification;

/**
 * What one notice says, in words, as its template reads it: what happened, the task or document it is
 * about, its deadline (dd/MM/yyyy) with the working days left, the reason of a return, free text (a
 * reminder's body) and the link to open. Every field but {@code headline} may be absent.
 *
 * @param taskId the task the notice offers, so that a morning digest leaves out what is already done; never shown
 */
public record MailContent(String headline, String taskName, String deadline, Integer workingDaysLeft, String reason, String text,
    String link, String linkLabel, String taskId) {

  public static MailContent of(String headline) {
    return new MailContent(headline, null, null, null, null, null, null, null, null);
  }

  public MailContent withText(String value) {
    return new MailContent(headline, taskName, deadline, workingDaysLeft, reason, value, link, linkLabel, taskId);
  }

  public MailContent withLink(String url, String label) {
    return new MailContent(headline, taskName, deadline, workingDaysLeft, reason, text, url, label, taskId);
  }

  public MailContent withReason(String value) {
    return new MailContent(headline, taskName, deadline, workingDaysLeft, value, text, link, linkLabel, taskId);
  }

  MailContent withTask(String id, String name, String due, Integer daysLeft) {
    return new MailContent(headline, name, due, daysLeft, reason, text, link, linkLabel, id);
  }
}
