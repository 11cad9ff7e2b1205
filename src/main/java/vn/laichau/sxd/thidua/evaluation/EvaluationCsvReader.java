package vn.laichau.sxd.thidua.evaluation;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Component;
import vn.laichau.sxd.thidua.api.RejectedFileException;

/**
 * Reads the CSV exports of the HR evaluation (format in docs/operations.md). A file is accepted
 * only when every row is valid; otherwise every problem is reported with its line.
 */
@Component
class EvaluationCsvReader {

  static final String[] PERSON_COLUMNS = {"username", "rating", "monthsWorked", "absenceDays", "discipline",
      "underInvestigation", "registered", "initiativeScope", "acceptedScienceWork"};
  static final String[] UNIT_COLUMNS = {"unitCode", "rating", "registered"};

  public List<PersonEvaluation> readPeople(Reader csv, int year, Set<String> knownUsernames) {
    return read(csv, PERSON_COLUMNS, "username", knownUsernames, row -> new PersonEvaluation(year,
        row.text("username"), row.constant(Rating.class, "rating"), row.number("monthsWorked", 0, 12),
        row.number("absenceDays", 0, 366), row.constant(DisciplineLevel.class, "discipline"), row.flag("underInvestigation"),
        row.flag("registered"), row.constant(InitiativeScope.class, "initiativeScope"), row.flag("acceptedScienceWork")));
  }

  public List<UnitEvaluation> readUnits(Reader csv, int year, Set<String> knownUnits) {
    return read(csv, UNIT_COLUMNS, "unitCode", knownUnits,
        row -> new UnitEvaluation(year, row.text("unitCode"), row.constant(Rating.class, "rating"), row.flag("registered")));
  }

  private <T> List<T> read(Reader csv, String[] columns, String keyColumn, Set<String> knownKeys, Function<Row, T> mapper) {
    List<String> problems = new ArrayList<>();
    List<T> rows = new ArrayList<>();
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).setIgnoreEmptyLines(true).get();
    try (CSVParser parser = CSVParser.parse(csv, format)) {
      List<String> missing = List.of(columns).stream().filter(c -> !parser.getHeaderMap().containsKey(c)).toList();
      if (!missing.isEmpty()) {
        throw rejected(List.of("Dòng 1: thiếu cột " + String.join(", ", missing) + " (cần: " + String.join(",", columns) + ")."));
      }
      Set<String> seen = new HashSet<>();
      for (CSVRecord record : parser) {
        Row row = new Row(record, problems);
        String key = row.text(keyColumn);
        if (key != null && !knownKeys.contains(key)) {
          row.problem("'" + key + "' không có trong danh sách tổ chức.");
        } else if (key != null && !seen.add(key)) {
          row.problem("'" + key + "' xuất hiện hai lần trong tệp.");
        }
        int before = problems.size();
        T value = mapper.apply(row);
        if (problems.size() == before) {
          rows.add(value);
        }
      }
    } catch (IOException | IllegalArgumentException | IllegalStateException e) {
      throw rejected(List.of("Không đọc được tệp CSV: " + e.getMessage()));
    }
    if (!problems.isEmpty()) {
      throw rejected(problems);
    }
    return rows;
  }

  private static RejectedFileException rejected(List<String> problems) {
    return new RejectedFileException("Tệp đánh giá không hợp lệ, không có gì được nhập.", problems);
  }

  /** One CSV record, whose readers note problems instead of stopping at the first. */
  private static final class Row {
    private final CSVRecord record;
    private final List<String> problems;

    Row(CSVRecord record, List<String> problems) {
      this.record = record;
      this.problems = problems;
    }

    void problem(String reason) {
      problems.add("Dòng " + (record.getRecordNumber() + 1) + ": " + reason);
    }

    String text(String column) {
      String value = record.isSet(column) ? record.get(column) : "";
      if (value.isEmpty()) {
        problem("thiếu giá trị cột '" + column + "'.");
        return null;
      }
      return value;
    }

    int number(String column, int min, int max) {
      String value = text(column);
      try {
        int number = value == null ? 0 : Integer.parseInt(value);
        if (value != null && (number < min || number > max)) {
          problem("'" + column + "' phải từ " + min + " đến " + max + ", không phải " + number + ".");
        }
        return number;
      } catch (NumberFormatException e) {
        problem("'" + column + "' phải là số nguyên, không phải '" + value + "'.");
        return 0;
      }
    }

    boolean flag(String column) {
      String value = text(column);
      if (value != null && !value.equals("true") && !value.equals("false")) {
        problem("'" + column + "' phải là true hoặc false, không phải '" + value + "'.");
      }
      return "true".equals(value);
    }

    <E extends Enum<E>> E constant(Class<E> type, String column) {
      String value = text(column);
      try {
        return value == null ? null : Enum.valueOf(type, value);
      } catch (IllegalArgumentException e) {
        problem("'" + column + "' không nhận giá trị '" + value + "' (dùng một trong " + List.of(type.getEnumConstants()) + ").");
        return null;
      }
    }
  }
}
