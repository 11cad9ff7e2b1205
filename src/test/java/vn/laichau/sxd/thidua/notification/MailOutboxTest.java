package vn.laichau.sxd.thidua.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.laichau.sxd.thidua.registration.RegistrationTestSupport.registration;
import static vn.laichau.sxd.thidua.registration.RegistrationTestSupport.review;
import static vn.laichau.sxd.thidua.registration.RegistrationTestSupport.today;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import vn.laichau.sxd.thidua.Http;
import vn.laichau.sxd.thidua.Jobs;
import vn.laichau.sxd.thidua.ThiduaTest;
import vn.laichau.sxd.thidua.calendar.WorkingDayCalendar;
import vn.laichau.sxd.thidua.document.DocumentKind;
import vn.laichau.sxd.thidua.document.DocumentRequest;
import vn.laichau.sxd.thidua.document.DocumentService;
import vn.laichau.sxd.thidua.registration.RegistrationTestSupport;

/**
 * The outbox against a real SMTP server (GreenMail on the port of the test profile): what each kind
 * of notice says and links to, that each arrives once, the morning digest, retries while the server
 * is down, a bad address, and two senders at once.
 */
@ThiduaTest
class MailOutboxTest {

  @RegisterExtension
  static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP);

  private static final String DOMAIN = "@sxd-laichau.example";
  private static final String DOSSIER = "TEST-MAIL";

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired IdentityService identityService;
  @Autowired JdbcTemplate jdbc;
  @Autowired NotificationService notifications;
  @Autowired MailNotices notices;
  @Autowired OutboxSender sender;
  @Autowired MorningDigest digest;
  @Autowired MailOutbox outbox;
  @Autowired MailSwitch mailSwitch;
  @Autowired OutboxProperties properties;
  @Autowired WorkingDayCalendar workingDays;
  @Autowired DocumentService documents;
  @LocalServerPort int port;

  private Http http;

  @BeforeEach
  void setUp() {
    http = new Http(port);
    cleanUp();
  }

  @AfterEach
  void cleanUp() {
    ClockUtil.reset();
    RegistrationTestSupport.cleanSlate(runtimeService, jdbc);
    List<String> ids = runtimeService.createProcessInstanceQuery().processDefinitionKey("document-generation").list().stream()
        .map(p -> p.getId()).toList();
    if (!ids.isEmpty()) {
      runtimeService.deleteProcessInstances(ids, "test clean-up", true, true);
    }
    jdbc.update("DELETE FROM document_unit WHERE document_id IN (SELECT id FROM document WHERE business_key = ?)", DOSSIER);
    jdbc.update("DELETE FROM document WHERE business_key = ?", DOSSIER);
    jdbc.update("DELETE FROM notice WHERE dedup_key LIKE 'TEST-MAIL%'");
    jdbc.update("DELETE FROM mail_outbox");
    jdbc.update("DELETE FROM mail_preference");
    jdbc.update("DELETE FROM mail_template");
  }

  private String openRegistration(LocalDate day) {
    today(day);
    return runtimeService.startProcessInstanceByKey("emulation-registration", Map.of("year", 2027)).getId();
  }

  private Task unitTask(String instance, String activity, String unitName) {
    return taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey(activity).list().stream()
        .filter(task -> task.getName().endsWith(unitName)).findFirst().orElseThrow();
  }

  private List<MimeMessage> to(String user) {
    return Arrays.stream(SMTP.getReceivedMessages()).filter(message -> {
      try {
        return Arrays.stream(message.getAllRecipients()).anyMatch(a -> a.toString().equals(user + DOMAIN));
      } catch (MessagingException e) {
        throw new IllegalStateException(e);
      }
    }).toList();
  }

  private static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The plain-text and the HTML part of a message. */
  private static List<String> parts(MimeMessage message) throws MessagingException, IOException {
    List<String> found = new ArrayList<>();
    collect(message.getContent(), found);
    return found;
  }

  private static void collect(Object content, List<String> found) throws MessagingException, IOException {
    if (content instanceof Multipart multipart) {
      for (int i = 0; i < multipart.getCount(); i++) {
        collect(multipart.getBodyPart(i).getContent(), found);
      }
    } else {
      found.add(String.valueOf(content));
    }
  }

  @Test
  void eachKindArrivesOnceInVietnameseWithItsDeadlineAndALinkToTheTask() throws Exception {
    String instance = openRegistration(LocalDate.of(2027, 1, 4));
    Task qhkt = unitTask(instance, "registerUnit", "Phòng Quy hoạch – Kiến trúc");
    int daysLeft = workingDays.workingDaysBetween(LocalDate.of(2027, 1, 4), LocalDate.of(2027, 3, 31));
    long heads = taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey("registerUnit").list().stream()
        .mapToLong(task -> taskService.getIdentityLinksForTask(task.getId()).stream().filter(link -> link.getGroupId() != null)
            .mapToLong(link -> identityService.createUserQuery().memberOfGroup(link.getGroupId()).count()).sum()).sum();

    assertThat(heads).as("heads and their deputies").isGreaterThan(10);
    assertThat(sender.sendDue()).as("one message to each head or deputy of each unit").isEqualTo((int) heads);
    assertThat(to("uyen.tk.khtc")).as("a deputy acts for the head").hasSize(1);
    MimeMessage offered = to("truongphong.qhkt").get(0);
    assertThat(offered.getSubject()).isEqualTo("[Thi đua] Việc mới: Đăng ký thi đua năm 2027 — Phòng Quy hoạch – Kiến trúc");
    assertThat(offered.getFrom()[0].toString()).contains("thidua@localhost");
    assertThat(offered.getHeader("Message-ID")[0]).matches("<thidua\\.\\d+@thidua\\.test>");
    String link = "https://thidua.test/camunda/app/tasklist/default/#/?task=" + qhkt.getId();
    List<String> parts = parts(offered);
    assertThat(parts).hasSize(2);
    String text = parts.get(0);
    String html = parts.get(1);
    assertThat(text).startsWith("Kính gửi Nguyễn Thị Thu Hà,")
        .contains("Đăng ký thi đua năm 2027 — Phòng Quy hoạch – Kiến trúc")
        .contains("Hạn xử lý: 31/03/2027 (còn " + daysLeft + " ngày làm việc)")
        .contains("Mở việc trong danh sách công việc: " + link)
        .doesNotContain("${", "null", qhkt.getProcessInstanceId());
    assertThat(html).contains("<a href=\"" + link + "\">Mở việc trong danh sách công việc</a>", "còn " + daysLeft + " ngày làm việc");
    assertThat(http.get("/camunda/app/tasklist/default/", null).status()).as("the link opens Tasklist").isEqualTo(200);
    assertThat(taskService.createTaskQuery().taskId(qhkt.getId()).taskCandidateUser("truongphong.qhkt").count())
        .as("where the task waits for its reader").isEqualTo(1);

    // Submitted: the secretariat is offered the review; returned: the unit head is told why.
    taskService.complete(qhkt.getId(), registration("Số hóa hồ sơ quy hoạch"));
    Task review = unitTask(instance, "reviewUnitRegistration", "Phòng Quy hoạch – Kiến trúc");
    taskService.complete(review.getId(), review("RETURN", "Bổ sung kết quả dự kiến của sáng kiến."));
    assertThat(sender.sendDue()).as("two secretariat members; the unit's head and deputy").isEqualTo(4);
    assertThat(to("thuky")).extracting(MailOutboxTest::subject)
        .containsExactly("[Thi đua] Việc mới: Xem xét đăng ký thi đua năm 2027 — Phòng Quy hoạch – Kiến trúc");
    MimeMessage returned = to("truongphong.qhkt").get(1);
    assertThat(returned.getSubject()).isEqualTo("[Thi đua] Hồ sơ bị trả lại: Đăng ký thi đua năm 2027 — Phòng Quy hoạch – Kiến trúc");
    Task again = unitTask(instance, "registerUnit", "Phòng Quy hoạch – Kiến trúc");
    assertThat(parts(returned).get(0)).contains("Lý do: Bổ sung kết quả dự kiến của sáng kiến.")
        .contains("https://thidua.test/camunda/app/tasklist/default/#/?task=" + again.getId());

    // A reminder, and a document the unit's head is concerned by.
    notifications.send("TEST-MAIL-reminder", "unit-head-qhkt", "Còn 3 ngày làm việc đến hạn đăng ký thi đua năm 2027",
        "Đơn vị chưa gửi đăng ký thi đua năm 2027; hạn cuối là 31/03/2027.");
    documents.issue(DocumentRequest.of(DocumentKind.THONG_BAO_CONG_KHAI, DOSSIER, "notice", "Thông báo công khai thử")
        .field("ve_viec", "Về việc công khai danh sách đề nghị khen thưởng").field("so_ngay", 5)
        .field("tu_ngay", "04/01/2027").field("den_ngay", "11/01/2027")
        .rows("danh_sach", List.of(Map.of("ho_ten", "Phan Quang Nam", "chuc_vu", "Chuyên viên", "don_vi", "Phòng Quy hoạch – Kiến trúc",
            "hinh_thuc", "Lao động tiên tiến")))
        .about(List.of("QHKT")));
    Jobs.runDueWithDocuments(managementService);
    notices.toGroups(MailKind.ALERT, "TEST-MAIL-alert", List.of("secretariat"), MailContent.of("Có ý kiến phản ánh về danh sách đề nghị khen thưởng")
        .withText("Phan Quang Nam — Lao động tiên tiến: nghỉ việc riêng quá số ngày quy định.").withLink(MailNotices.TASKLIST, "Mở danh sách công việc"));
    assertThat(sender.sendDue()).as("two notices to the unit's head and deputy, one to the two secretariat members").isEqualTo(6);
    assertThat(to("thuky")).extracting(MailOutboxTest::subject).endsWith("[Thi đua] Có ý kiến phản ánh về danh sách đề nghị khen thưởng");
    List<MimeMessage> mine = to("truongphong.qhkt");
    assertThat(mine).extracting(MailOutboxTest::subject).containsExactly(
        "[Thi đua] Việc mới: Đăng ký thi đua năm 2027 — Phòng Quy hoạch – Kiến trúc",
        "[Thi đua] Hồ sơ bị trả lại: Đăng ký thi đua năm 2027 — Phòng Quy hoạch – Kiến trúc",
        "[Thi đua] Còn 3 ngày làm việc đến hạn đăng ký thi đua năm 2027",
        "[Thi đua] Danh sách đề nghị khen thưởng đã được thông báo công khai");
    assertThat(parts(mine.get(2)).get(0)).contains("Đơn vị chưa gửi đăng ký thi đua năm 2027; hạn cuối là 31/03/2027.",
        "Mở danh sách công việc: https://thidua.test/camunda/app/tasklist/default/");
    assertThat(parts(mine.get(3)).get(0)).contains("Văn bản «Thông báo công khai thử» số ", "/TB-SXD ngày 04/01/2027",
        "Xem văn bản: https://thidua.test/documents/?businessKey=TEST-MAIL");

    // Sending again sends nothing; the same notice again (a retried job) writes nothing.
    notifications.send("TEST-MAIL-reminder", "unit-head-qhkt", "Còn 3 ngày", "lần hai");
    assertThat(sender.sendDue()).isZero();
    assertThat(to("truongphong.qhkt")).hasSize(4);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM mail_outbox WHERE status <> 'SENT'", Integer.class))
        .as("everyone concerned has an address in the demo organisation").isZero();
  }

  @Test
  void theMorningDigestHoldsTheDaysTasksOnceAndWaitsOverAHoliday() throws Exception {
    assertThat(http.put("/api/mail/preference", "truongphong.qhkt", "{\"taskMode\":\"DIGEST\"}").status()).isEqualTo(200);
    assertThat(http.put("/api/mail/preference", "truongphong.khtc", "{\"taskMode\":\"DIGEST\"}").status()).isEqualTo(200);
    // Opened on Thursday 31/12/2026; Friday 01/01/2027 is New Year's Day; Monday 04/01 is the next working morning.
    String instance = openRegistration(LocalDate.of(2026, 12, 31));
    sender.sendDue();
    assertThat(to("truongphong.qhkt")).as("a task offered waits for the digest").isEmpty();
    assertThat(to("truongphong.qlxd")).as("who did not choose hears at once").hasSize(1);
    // KHTC's head does the task before the digest is built: it is left out, and he gets no digest.
    taskService.complete(unitTask(instance, "registerUnit", "Phòng Kế hoạch – Tài chính").getId(), registration("Sáng kiến"));

    ClockUtil.setCurrentTime(at(LocalDate.of(2027, 1, 1)));
    assertThat(digest.build()).as("no digest on a holiday").isZero();
    ClockUtil.setCurrentTime(at(LocalDate.of(2027, 1, 2)));
    assertThat(digest.build()).as("nor on a Saturday").isZero();
    ClockUtil.setCurrentTime(at(LocalDate.of(2027, 1, 4)));
    assertThat(digest.build()).isEqualTo(1);
    assertThat(digest.build()).as("nothing twice").isZero();
    sender.sendDue();
    assertThat(to("truongphong.khtc")).isEmpty();
    List<MimeMessage> digests = to("truongphong.qhkt");
    assertThat(digests).extracting(MailOutboxTest::subject).containsExactly("[Thi đua] Việc mới ngày 04/01/2027: 1 việc");
    String text = parts(digests.get(0)).get(0);
    assertThat(text).contains("1. Đăng ký thi đua năm 2027 — Phòng Quy hoạch – Kiến trúc", "Hạn xử lý: 31/03/2027",
        "https://thidua.test/camunda/app/tasklist/default/#/?task=");
    assertThat(text.split("Đăng ký thi đua năm 2027", -1)).as("the task once").hasSize(2);

    // Returns are never held for the digest.
    Task review = unitTask(instance, "reviewUnitRegistration", "Phòng Kế hoạch – Tài chính");
    taskService.complete(review.getId(), review("RETURN", "Thiếu chỉ tiêu 3."));
    sender.sendDue();
    assertThat(to("truongphong.khtc")).extracting(MailOutboxTest::subject)
        .containsExactly("[Thi đua] Hồ sơ bị trả lại: Đăng ký thi đua năm 2027 — Phòng Kế hoạch – Tài chính");
  }

  private static Date at(LocalDate day) {
    return Date.from(LocalDateTime.of(day, java.time.LocalTime.of(7, 0)).atZone(RegistrationTestSupport.VIETNAM).toInstant());
  }

  @Test
  void whileTheServerIsDownMessagesWaitWithGrowingPausesThenGoOrAreMarkedFailed() throws Exception {
    today(LocalDate.of(2027, 1, 4));
    SMTP.stop();
    notices.toUsers(MailKind.REMINDER, "TEST-MAIL-down", List.of("truongphong.qhkt"), MailContent.of("Nhắc hạn khi máy chủ thư tắt"));
    assertThat(sender.sendDue()).isZero();
    Map<String, Object> row = jdbc.queryForMap("SELECT status, attempts, next_attempt_at, last_error FROM mail_outbox");
    assertThat(row.get("status")).isEqualTo("PENDING");
    assertThat(row.get("attempts")).isEqualTo(1);
    assertThat((String) row.get("last_error")).isNotBlank();
    assertThat(sender.sendDue()).as("not before its pause").isZero();

    SMTP.start();
    ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + 61_000));
    assertThat(sender.sendDue()).isEqualTo(1);
    assertThat(to("truongphong.qhkt")).extracting(MailOutboxTest::subject).containsExactly("[Thi đua] Nhắc hạn khi máy chủ thư tắt");
    assertThat(jdbc.queryForObject("SELECT status FROM mail_outbox", String.class)).isEqualTo("SENT");

    // Down for good: each pause doubles (1, 2, 4, 8, 16 minutes), and after the last try the message is failed.
    SMTP.stop();
    notices.toUsers(MailKind.REMINDER, "TEST-MAIL-down-2", List.of("truongphong.qhkt"), MailContent.of("Nhắc hạn lần hai"));
    List<Long> pauses = new ArrayList<>();
    for (int attempt = 1; attempt <= properties.maxAttempts(); attempt++) {
      sender.sendDue();
      Map<String, Object> now = jdbc.queryForMap("SELECT status, next_attempt_at FROM mail_outbox WHERE status <> 'SENT'");
      if ("FAILED".equals(now.get("status"))) {
        break;
      }
      long next = ((java.sql.Timestamp) now.get("next_attempt_at")).getTime();
      pauses.add((next - ClockUtil.getCurrentTime().getTime()) / 60_000);
      ClockUtil.setCurrentTime(new Date(next + 1000));
    }
    assertThat(pauses).containsExactly(1L, 2L, 4L, 8L, 16L);
    Map<String, Object> failed = jdbc.queryForMap("SELECT status, attempts, last_error FROM mail_outbox WHERE status <> 'SENT'");
    assertThat(failed.get("status")).isEqualTo("FAILED");
    assertThat(failed.get("attempts")).isEqualTo(properties.maxAttempts());
    SMTP.start();
  }

  @Test
  void aNodeKilledBetweenSendingAndMarkingSendsOnceMoreWithTheSameMessageId() throws Exception {
    today(LocalDate.of(2027, 1, 4));
    notices.toUsers(MailKind.REMINDER, "TEST-MAIL-crash", List.of("truongphong.qhkt"), MailContent.of("Nhắc hạn"));
    assertThat(sender.sendDue()).isEqualTo(1);
    // As if the node had died after sending, before marking: the row still claimed by it, still pending.
    Date now = ClockUtil.getCurrentTime();
    jdbc.update("UPDATE mail_outbox SET status = 'PENDING', sent_at = NULL, claimed_by = 'node-dead', claimed_until = ?",
        new java.sql.Timestamp(now.getTime() + properties.claimFor().toMillis()));
    assertThat(sender.sendDue()).as("not while the dead node's claim lasts").isZero();
    ClockUtil.setCurrentTime(new Date(now.getTime() + properties.claimFor().toMillis() + 1000));
    assertThat(sender.sendDue()).isEqualTo(1);
    List<MimeMessage> received = to("truongphong.qhkt");
    assertThat(received).hasSize(2);
    assertThat(received.get(1).getHeader("Message-ID")[0]).isEqualTo(received.get(0).getHeader("Message-ID")[0]);
    assertThat(sender.sendDue()).isZero();
  }

  @Test
  void aBadAddressIsMarkedFailedWithTheReasonAndListedForTheSecretariat() {
    User head = identityService.createUserQuery().userId("truongphong.qlxd").singleResult();
    String address = head.getEmail();
    head.setEmail("khong-hop-le@");
    identityService.saveUser(head);
    try {
      notifications.send("TEST-MAIL-bad", "unit-head-qlxd", "Nhắc hạn", "Nội dung");
      assertThat(sender.sendDue()).as("the deputy's").isEqualTo(1);
      assertThat(jdbc.queryForMap("SELECT status, last_error FROM mail_outbox WHERE recipient = 'truongphong.qlxd'")).containsEntry("status", "FAILED")
          .hasEntrySatisfying("last_error", error -> assertThat((String) error).startsWith("Địa chỉ thư điện tử không hợp lệ: khong-hop-le@"));
    } finally {
      head.setEmail(address);
      identityService.saveUser(head);
    }
    Http.Response problems = http.get("/api/mail/problems", "thuky");
    assertThat(problems.status()).isEqualTo(200);
    assertThat(problems.json().path("mailOn").asBoolean()).isTrue();
    assertThat(problems.json().path("failed").get(0).path("recipient").asText()).isEqualTo("Trần Quốc Hưng");
    assertThat(problems.json().path("failed").get(0).path("error").asText()).startsWith("Địa chỉ thư điện tử không hợp lệ");
    assertThat(problems.json().path("withoutAddress").findValuesAsText("name")).containsExactly("Giàng A Chư");
    assertThat(http.get("/api/mail/problems", "truongphong.qhkt").status()).isEqualTo(403);
  }

  @Test
  void twoSendersAtOnceSendEachMessageOnce() throws Exception {
    int count = 120;
    for (int i = 0; i < count; i++) {
      notices.toUsers(MailKind.REMINDER, "TEST-MAIL-parallel-" + i, List.of("truongphong.qhkt"), MailContent.of("Thư số " + i));
    }
    OutboxProperties small = new OutboxProperties(properties.publicUrl(), properties.from(), properties.fromName(), properties.maxAttempts(),
        properties.firstRetry(), 7, properties.claimFor());
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<Integer>> runs = List.of(pool.submit(() -> new OutboxSender(outbox, mailSwitch, small).sendDue()),
          pool.submit(() -> new OutboxSender(outbox, mailSwitch, small).sendDue()));
      assertThat(runs.get(0).get() + runs.get(1).get()).isEqualTo(count);
    } finally {
      pool.shutdown();
    }
    List<MimeMessage> received = to("truongphong.qhkt");
    assertThat(received).hasSize(count);
    assertThat(received.stream().map(m -> {
      try {
        return m.getHeader("Message-ID")[0];
      } catch (MessagingException e) {
        throw new IllegalStateException(e);
      }
    }).distinct()).hasSize(count);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM mail_outbox WHERE status = 'SENT' AND attempts = 1", Integer.class)).isEqualTo(count);
  }

  @Test
  void aPersonChoosesHowToHearAndReadsTheirMessagesInTheApp() {
    Http.Response refused = http.put("/api/mail/preference", "truongphong.qhkt", "{\"taskMode\":\"WEEKLY\"}");
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().path("message").asText()).startsWith("Hãy chọn một trong hai cách nhận thông báo");
    assertThat(http.put("/api/mail/preference", "truongphong.qhkt", "{\"taskMode\":\"DIGEST\",\"other\":1}").status()).isEqualTo(400);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM mail_preference", Integer.class)).isZero();

    openRegistration(LocalDate.of(2027, 1, 4));
    Http.Response mine = http.get("/api/mail/mine", "truongphong.qhkt");
    assertThat(mine.status()).isEqualTo(200);
    assertThat(mine.json().path("taskMode").asText()).isEqualTo("IMMEDIATE");
    assertThat(mine.json().path("messages").get(0).path("subject").asText())
        .isEqualTo("[Thi đua] Việc mới: Đăng ký thi đua năm 2027 — Phòng Quy hoạch – Kiến trúc");
    assertThat(mine.json().path("messages").get(0).path("status").asText()).isEqualTo("Đang chờ gửi");
    assertThat(http.get("/api/mail/mine", "bithudoan").json().path("messages")).as("nothing for him").isEmpty();
  }

  @Test
  void thePageWritesWithTheWebappSessionOnlyWithItsToken() {
    Http.Webapp session = http.login("welcome", "truongphong.qhkt", Http.DEMO_PASSWORD);
    assertThat(session.get("/api/mail/mine").status()).as("a read with the session").isEqualTo(200);
    String digest = "{\"taskMode\":\"DIGEST\"}";
    Http.Response forged = session.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/api/mail/preference"))
        .header("Content-Type", "application/json").PUT(java.net.http.HttpRequest.BodyPublishers.ofString(digest)));
    assertThat(forged.status()).as("a cross-site page cannot send the token").isEqualTo(401);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM mail_preference", Integer.class)).isZero();
    Http.Response own = session.send(session.request("/api/mail/preference").header("Content-Type", "application/json")
        .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(digest)));
    assertThat(own.status()).isEqualTo(200);
    assertThat(jdbc.queryForObject("SELECT task_mode FROM mail_preference WHERE username = 'truongphong.qhkt'", String.class)).isEqualTo("DIGEST");
  }

  @Test
  void theAdministratorChangesATemplateOnlyForOneThatWorks() {
    String broken = "{\"subject\":\"[(${m.taskName)]\",\"html\":\"<p>x</p>\",\"text\":\"x\"}";
    Http.Response refused = http.put("/api/mail/templates/TASK_OFFERED", "admin", broken);
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().path("message").asText()).startsWith("Mẫu thư chưa dùng được");
    assertThat(http.put("/api/mail/templates/TASK_OFFERED", "thuky", broken).status()).isEqualTo(403);
    assertThat(http.put("/api/mail/templates/NO_SUCH", "admin", broken).status()).isEqualTo(400);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM mail_template", Integer.class)).isZero();

    String changed = "{\"subject\":\"Việc mới cần làm: [(${m.taskName})]\",\"html\":\"<p th:text=\\\"${m.taskName}\\\">x</p>\","
        + "\"text\":\"[(${m.taskName})] — hạn [(${m.deadline})]\"}";
    Http.Response accepted = http.put("/api/mail/templates/TASK_OFFERED", "admin", changed);
    assertThat(accepted.status()).isEqualTo(200);
    assertThat(accepted.json().path("sample").path("subject").asText()).isEqualTo("Việc mới cần làm: Đăng ký thi đua năm 2027 — Phòng Quy hoạch – Kiến trúc");
    String instance = openRegistration(LocalDate.of(2027, 1, 4));
    assertThat(jdbc.queryForObject("SELECT text_body FROM mail_outbox WHERE recipient = 'truongphong.qhkt'", String.class))
        .isEqualTo("Đăng ký thi đua năm 2027 — Phòng Quy hoạch – Kiến trúc — hạn 31/03/2027");
    assertThat(instance).isNotNull();
    assertThat(http.delete("/api/mail/templates/TASK_OFFERED", "admin").status()).isEqualTo(200);
    assertThat(http.get("/api/mail/templates", "admin").json().get(0).path("changedBy").isNull()).isTrue();
    JsonNode diary = http.get("/api/audit?businessKey=MAU-THU", "chanhvanphong").json();
    assertThat(diary.get(diary.size() - 2).path("text").asText()).isEqualTo("Sửa mẫu thư «Việc mới được giao».");
    assertThat(diary.get(diary.size() - 2).path("actor").asText()).isEqualTo("admin");
    assertThat(diary.get(diary.size() - 1).path("text").asText()).isEqualTo("Dùng lại mẫu thư «Việc mới được giao» có sẵn.");
  }

  @Test
  void withoutAMailServerNothingIsSentAndNoticesStayInTheApp() {
    MailSwitch off = new MailSwitch(new StaticListableBeanFactory()
        .getBeanProvider(JavaMailSenderImpl.class), properties.publicUrl());
    assertThat(off.on()).isFalse();
    // SPRING_MAIL_HOST set but empty (a Compose file's ${SPRING_MAIL_HOST:-}): Spring builds a client, mail is still off.
    JavaMailSenderImpl blank = new JavaMailSenderImpl();
    blank.setHost("");
    StaticListableBeanFactory withBlankHost = new StaticListableBeanFactory();
    withBlankHost.addBean("mailSender", blank);
    assertThat(new MailSwitch(withBlankHost.getBeanProvider(JavaMailSenderImpl.class), properties.publicUrl()).on())
        .isFalse();
    notices.toUsers(MailKind.REMINDER, "TEST-MAIL-off", List.of("truongphong.qhkt"), MailContent.of("Nhắc hạn"));
    assertThat(new OutboxSender(outbox, off, properties).sendDue()).isZero();
    assertThat(jdbc.queryForObject("SELECT status FROM mail_outbox", String.class)).isEqualTo("PENDING");
    assertThat(SMTP.getReceivedMessages()).isEmpty();
  }
}
