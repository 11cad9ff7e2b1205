package vn.laichau.sxd.thidua.notification;

import vn.laichau.sxd.thidua.engine.Variable;

/** The input parameters of a reminder step ({@code ${deadlineReminder}}) in any model: to whom and what. */
final class NoticeVariables {

  public static final Variable<String> RECIPIENT_GROUP = Variable.text("recipientGroup");
  public static final Variable<String> NOTICE_SUBJECT = Variable.text("noticeSubject");
  public static final Variable<String> NOTICE_BODY = Variable.text("noticeBody");

  private NoticeVariables() {
  }
}
