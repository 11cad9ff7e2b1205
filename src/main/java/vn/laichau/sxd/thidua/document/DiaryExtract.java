package vn.laichau.sxd.thidua.document;

import static vn.laichau.sxd.thidua.document.StateFormatDocx.tag;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.laichau.sxd.thidua.audit.AuditReading;

/**
 * A dossier's diary as a PDF extract in the state format (the heading of the Department, the
 * title, who asked for it and when, and one row per entry the reader may see), for an inspection
 * file or a person who objects. It is not a numbered document: nothing is registered.
 */
@Component
class DiaryExtract {

  private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
  private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss").withZone(VIETNAM);
  private static final byte[] TEMPLATE = new StateFormatDocx()
      .heading(ShippedTemplates.PROVINCE, ShippedTemplates.DEPARTMENT, false)
      .title("TRÍCH LỤC NHẬT KÝ HỒ SƠ", "Mã hồ sơ: " + tag("ho_so"))
      .body("Trích lục lúc " + tag("thoi_diem") + " (giờ Việt Nam) theo yêu cầu của " + tag("nguoi_yeu_cau") + "; gồm "
          + tag("so_muc") + " mục ghi của nhật ký hồ sơ mà người yêu cầu được xem, theo thứ tự thời gian. Nhật ký do hệ thống"
          + " Thi đua ghi cùng lúc với từng việc; phiếu bầu kín chỉ ghi thành viên đã bỏ phiếu, không ghi nội dung.")
      .table("danh_sach", List.of("STT", "Thời điểm", "Người thực hiện", "Nội dung"), List.of("stt", "thoi_diem", "nguoi", "noi_dung"),
          new int[] {12, 27, 36, 90})
      .bytes();

  private final TemplateFiller filler;
  private final PdfExport pdfExport;
  private final UserNames names;

  DiaryExtract(TemplateFiller filler, PdfExport pdfExport, UserNames names) {
    this.filler = filler;
    this.pdfExport = pdfExport;
    this.names = names;
  }

  byte[] pdf(String businessKey, List<AuditReading.Line> lines, String readerId, Instant now) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("dia_danh_ngay", DocumentFormats.placeAndDate(LocalDate.ofInstant(now, VIETNAM)));
    fields.put("ho_so", businessKey);
    fields.put("thoi_diem", MOMENT.format(now));
    String reader = names.fullName(readerId);
    fields.put("nguoi_yeu_cau", reader.isEmpty() ? readerId : reader);
    fields.put("so_muc", lines.size());
    List<Map<String, Object>> rows = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      AuditReading.Line line = lines.get(i);
      rows.add(Map.of("stt", i + 1, "thoi_diem", MOMENT.format(line.at()), "nguoi", line.actorName(), "noi_dung", line.text()));
    }
    fields.put("danh_sach", rows);
    return pdfExport.pdf(filler.fill(TEMPLATE, fields));
  }
}
