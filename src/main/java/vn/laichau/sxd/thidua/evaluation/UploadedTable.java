package vn.laichau.sxd.thidua.evaluation;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.laichau.sxd.thidua.api.RejectedFileException;

/**
 * A table the secretariat uploads, judged by its content and not by its name: a spreadsheet
 * (.xlsx, its first sheet, cells as the spreadsheet shows them) or a CSV text in UTF-8 (with or
 * without the byte-order mark spreadsheets write). Either is handed on as CSV text.
 */
final class UploadedTable {

  private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};

  private UploadedTable() {
  }

  static Reader asCsv(byte[] content) {
    if (startsWith(content, ZIP)) {
      return new StringReader(firstSheetAsCsv(content));
    }
    String text = utf8Text(content);
    return new StringReader(text.startsWith("\uFEFF") ? text.substring(1) : text);
  }

  private static String firstSheetAsCsv(byte[] content) {
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content)); StringWriter csv = new StringWriter();
        CSVPrinter printer = new CSVPrinter(csv, CSVFormat.DEFAULT)) {
      Sheet sheet = workbook.getSheetAt(0);
      DataFormatter formatter = new DataFormatter();
      for (Row row : sheet) {
        List<String> cells = new ArrayList<>();
        for (int column = 0; column < Math.max(row.getLastCellNum(), 0); column++) {
          Cell cell = row.getCell(column);
          cells.add(cell == null ? "" : formatter.formatCellValue(cell).strip());
        }
        if (cells.stream().anyMatch(cell -> !cell.isEmpty())) {
          printer.printRecord(cells);
        }
      }
      printer.flush();
      return csv.toString();
    } catch (IOException | RuntimeException e) {
      throw notATable();
    }
  }

  private static String utf8Text(byte[] content) {
    try {
      String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
      if (text.indexOf('\0') >= 0) {
        throw notATable();
      }
      return text;
    } catch (CharacterCodingException e) {
      throw notATable();
    }
  }

  private static boolean startsWith(byte[] content, byte[] prefix) {
    return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
  }

  private static RejectedFileException notATable() {
    return new RejectedFileException("Không có gì được nhập.",
        List.of("Tệp phải là bảng tính Excel (.xlsx) hoặc tệp CSV mã UTF-8 (trong Excel: Lưu thành «CSV UTF-8»)."));
  }
}
