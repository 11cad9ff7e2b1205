package vn.laichau.sxd.thidua.evaluation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The file the secretariat fills in from the HR evaluation: the Vietnamese header and one example row. */
enum EvaluationTemplate {

  PEOPLE(EvaluationCsvReader.PERSON_COLUMNS, List.of("nguyen.van.a", "HTTNV", "12", "0", "không", "không", "có", "không có", "không")),
  UNITS(EvaluationCsvReader.UNIT_COLUMNS, List.of("VP", "HTTNV", "có"));

  private final List<String> header;
  private final List<String> example;

  EvaluationTemplate(String[] columns, List<String> example) {
    this.header = Stream.of(columns).map(EvaluationCsvReader.TITLES::get).toList();
    this.example = example;
  }

  List<String> header() {
    return header;
  }

  /** A person's evaluation as a row of the file, in words: what the preview shows. */
  static List<String> cells(PersonEvaluation e) {
    return List.of(e.username(), e.rating().name(), String.valueOf(e.monthsWorked()), String.valueOf(e.absenceDays()),
        e.disciplineLevel().label(), yesNo(e.underInvestigation()), yesNo(e.registered()), e.initiativeScope().label(),
        yesNo(e.acceptedScienceWork()));
  }

  static List<String> cells(UnitEvaluation e) {
    return List.of(e.unitCode(), e.rating().name(), yesNo(e.registered()));
  }

  private static String yesNo(boolean value) {
    return value ? "có" : "không";
  }

  /** CSV in UTF-8 with the byte-order mark, so that a spreadsheet opens it with its Vietnamese letters. */
  byte[] csv() {
    StringWriter text = new StringWriter();
    try (CSVPrinter printer = new CSVPrinter(text, CSVFormat.DEFAULT)) {
      printer.printRecord(header);
      printer.printRecord(example);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
  }

  byte[] xlsx() {
    try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet("Đánh giá");
      for (int r = 0; r < 2; r++) {
        Row row = sheet.createRow(r);
        List<String> values = r == 0 ? header : example;
        for (int c = 0; c < values.size(); c++) {
          row.createCell(c).setCellValue(values.get(c));
        }
      }
      for (int c = 0; c < header.size(); c++) {
        sheet.setColumnWidth(c, 22 * 256);
      }
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
