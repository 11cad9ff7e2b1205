package vn.laichau.sxd.thidua.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import vn.laichau.sxd.thidua.ThiduaTest;

/**
 * How fast one node writes notices to the outbox and sends them to a local SMTP server (GreenMail in
 * this JVM): messages per second for each. Not a timed test: it fails only if a message is lost.
 * Run: see docs/benchmarks.md.
 */
@ThiduaTest
class MailSendBenchmark {

  @RegisterExtension
  static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP);

  private static final int MESSAGES = 2000;

  @Autowired MailNotices notices;
  @Autowired OutboxSender sender;
  @Autowired IdentityService identityService;
  @Autowired JdbcTemplate jdbc;
  @Autowired TransactionTemplate transaction;

  @Test
  void sendRateToALocalServer() throws IOException {
    jdbc.update("DELETE FROM mail_outbox");
    List<String> people = identityService.createUserQuery().memberOfGroup("unit-head-qhkt").list().stream().map(u -> u.getId()).toList();
    int rounds = MESSAGES / people.size();
    long start = System.nanoTime();
    // As a step writes them: a transaction per notice to the unit's heads.
    for (int i = 0; i < rounds; i++) {
      int n = i;
      transaction.executeWithoutResult(status -> notices.toGroups(MailKind.REMINDER, "BENCH-" + n, List.of("unit-head-qhkt"),
          MailContent.of("Nhắc hạn số " + n).withText("Đơn vị chưa gửi báo cáo.").withLink(MailNotices.TASKLIST, "Mở danh sách công việc")));
    }
    long written = System.nanoTime() - start;
    int total = rounds * people.size();

    start = System.nanoTime();
    int sent = sender.sendDue();
    long sending = System.nanoTime() - start;
    assertThat(sent).isEqualTo(total);
    assertThat(SMTP.getReceivedMessages()).hasSize(total);

    String text = String.format("Hộp thư đi, một nút, máy chủ SMTP cục bộ (GreenMail trong cùng JVM), %d thư%n"
            + "Ghi vào hộp thư đi (soạn theo mẫu, mỗi thông báo một giao dịch): %8.0f thư/giây (%d ms)%n"
            + "Gửi (nhận việc, gửi theo lô %d thư một kết nối, đánh dấu đã gửi):  %8.0f thư/giây (%d ms)%n",
        total, total / (written / 1e9), written / 1_000_000, 50, total / (sending / 1e9), sending / 1_000_000);
    System.out.println(text);
    Path out = Path.of("target", "benchmarks", "mail-send.txt");
    Files.createDirectories(out.getParent());
    Files.writeString(out, text);
    jdbc.update("DELETE FROM mail_outbox");
  }
}
