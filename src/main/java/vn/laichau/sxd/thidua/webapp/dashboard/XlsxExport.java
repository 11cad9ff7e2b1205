package vn.laichau.sxd.thidua.webapp.dashboard;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Writes a dashboard table as an Excel workbook: the title, the Vietnamese headers in bold, then the rows; numbers stay numbers. */
final class XlsxExport {

  private static final int MAX_SHEET_NAME = 31;

  private XlsxExport() {
  }

  static void write(Table table, OutputStream out) throws IOException {
    Workbook workbook = new Workbook(out, "Thi đua — Sở Xây dựng Lai Châu", "1.0");
    Worksheet sheet = workbook.newWorksheet(sheetName(table.title()));
    sheet.value(0, 0, table.title());
    sheet.style(0, 0).bold().fontSize(13).set();
    List<String> headers = table.headers();
    for (int c = 0; c < headers.size(); c++) {
      sheet.value(2, c, headers.get(c));
      sheet.style(2, c).bold().fillColor("DDEBF7").set();
      sheet.width(c, 24);
    }
    for (int r = 0; r < table.rows().size(); r++) {
      List<Object> row = table.rows().get(r);
      for (int c = 0; c < row.size(); c++) {
        Object value = row.get(c);
        if (value instanceof BigDecimal number) {
          sheet.value(r + 3, c, number);
        } else if (value instanceof Number number) {
          sheet.value(r + 3, c, number);
        } else {
          sheet.value(r + 3, c, value == null ? "" : value.toString());
        }
      }
    }
    workbook.finish();
  }

  /** Excel allows 31 characters and no []:*?/\ in a sheet name. */
  private static String sheetName(String title) {
    String name = title.replaceAll("[\\[\\]:*?/\\\\]", " ");
    return name.length() > MAX_SHEET_NAME ? name.substring(0, MAX_SHEET_NAME) : name;
  }
}
