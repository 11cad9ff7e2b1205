package vn.laichau.sxd.thidua.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** A dossier's diary as an Excel workbook, for an inspection file: the title, the headers, one row per entry, oldest first. */
final class DiaryWorkbook {

  static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
  private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss").withZone(VIETNAM);
  private static final List<String> HEADERS = List.of("Số thứ tự trong nhật ký", "Thời điểm (giờ Việt Nam)", "Người thực hiện", "Tài khoản",
      "Nội dung");

  private DiaryWorkbook() {
  }

  static void write(String businessKey, List<AuditReading.Line> lines, OutputStream out) throws IOException {
    Workbook workbook = new Workbook(out, "Thi đua — Sở Xây dựng Lai Châu", "1.0");
    Worksheet sheet = workbook.newWorksheet("Nhật ký hồ sơ");
    sheet.value(0, 0, "Nhật ký hồ sơ " + businessKey);
    sheet.style(0, 0).bold().fontSize(13).set();
    for (int c = 0; c < HEADERS.size(); c++) {
      sheet.value(2, c, HEADERS.get(c));
      sheet.style(2, c).bold().fillColor("DDEBF7").set();
    }
    sheet.width(0, 12);
    sheet.width(1, 22);
    sheet.width(2, 26);
    sheet.width(3, 20);
    sheet.width(4, 90);
    for (int r = 0; r < lines.size(); r++) {
      AuditReading.Line line = lines.get(r);
      sheet.value(r + 3, 0, line.id());
      sheet.value(r + 3, 1, MOMENT.format(line.at()));
      sheet.value(r + 3, 2, line.actorName());
      sheet.value(r + 3, 3, line.actor() == null ? "" : line.actor());
      sheet.value(r + 3, 4, line.text());
    }
    workbook.finish();
  }
}
