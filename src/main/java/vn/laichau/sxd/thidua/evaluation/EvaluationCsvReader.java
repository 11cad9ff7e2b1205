package vn.laichau.sxd.thidua.evaluation;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Component;
import vn.laichau.sxd.thidua.api.RejectedFileException;

/**
 * Reads the CSV exports of the HR evaluation (format in docs/operations.md). A column is named by
 * its code or by its Vietnamese title (the template's); a yes/no column takes true/false or có/không.
 * A file is accepted only when every row is valid; otherwise every problem is reported with its line.
 */
@Component
class EvaluationCsvReader {

  private static final Set<String> YES = Set.of("true", "có");
  private static final Set<String> NO = Set.of("false", "không");

  static final String[] PERSON_COLUMNS = {"username", "rating", "monthsWorked", "absenceDays", "discipline",
      "underInvestigation", "registered", "initiativeScope", "acceptedScienceWork"};
  static final String[] UNIT_COLUMNS = {"unitCode", "rating", "registered"};
  /** What people read at the head of each column: the template's header. */
  static final Map<String, String> TITLES = Map.ofEntries(Map.entry("username", "Tên đăng nhập"), Map.entry("unitCode", "Mã đơn vị"),
      Map.entry("rating", "Xếp loại"), Map.entry("monthsWorked", "Số tháng công tác"), Map.entry("absenceDays", "Số ngày nghỉ"),
      Map.entry("discipline", "Kỷ luật"), Map.entry("underInvestigation", "Đang bị xem xét"), Map.entry("registered", "Đăng ký thi đua"),
      Map.entry("initiativeScope", "Phạm vi sáng kiến"), Map.entry("acceptedScienceWork", "Đề tài khoa học được nghiệm thu"));

  public List<PersonEvaluation> readPeople(Reader csv, int year, Set<String> knownUsernames) {
    return read(csv, PERSON_COLUMNS, "username", knownUsernames, row -> new PersonEvaluation(year,
        row.text("username"), row.constant(Rating.class, "rating", Rating::name), row.number("monthsWorked", 0, 12),
        row.number("absenceDays", 0, 366), row.constant(DisciplineLevel.class, "discipline", DisciplineLevel::label),
        row.flag("underInvestigation"), row.flag("registered"), row.constant(InitiativeScope.class, "initiativeScope", InitiativeScope::label),
        row.flag("acceptedScienceWork")));
  }

  public List<UnitEvaluation> readUnits(Reader csv, int year, Set<String> knownUnits) {
    return read(csv, UNIT_COLUMNS, "unitCode", knownUnits,
        row -> new UnitEvaluation(year, row.text("unitCode"), row.constant(Rating.class, "rating", Rating::name), row.flag("registered")));
  }

  private <T> List<T> read(Reader csv, String[] columns, String keyColumn, Set<String> knownKeys, Function<Row, T> mapper) {
    List<String> problems = new ArrayList<>();
    List<T> rows = new ArrayList<>();
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).setIgnoreEmptyLines(true).get();
    try (CSVParser parser = CSVParser.parse(csv, format)) {
      Map<String, String> headers = new HashMap<>();
      for (String column : columns) {
        Stream.of(column, TITLES.get(column)).filter(parser.getHeaderMap()::containsKey).findFirst()
            .ifPresent(header -> headers.put(column, header));
      }
      List<String> missing = Stream.of(columns).filter(c -> !headers.containsKey(c)).map(TITLES::get).toList();
      if (!missing.isEmpty()) {
        throw rejected(List.of("Dòng 1: thiếu cột " + String.join(", ", missing) + " (cần: "
            + Stream.of(columns).map(TITLES::get).collect(Collectors.joining(", ")) + ")."));
      }
      Set<String> seen = new HashSet<>();
      for (CSVRecord record : parser) {
        Row row = new Row(record, headers, problems);
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
    private final Map<String, String> headers;
    private final List<String> problems;

    Row(CSVRecord record, Map<String, String> headers, List<String> problems) {
      this.record = record;
      this.headers = headers;
      this.problems = problems;
    }

    void problem(String reason) {
      problems.add("Dòng " + (record.getRecordNumber() + 1) + ": " + reason);
    }

    String text(String column) {
      String value = record.isSet(headers.get(column)) ? record.get(headers.get(column)) : "";
      if (value.isEmpty()) {
        problem("thiếu giá trị cột «" + TITLES.get(column) + "».");
        return null;
      }
      return value;
    }

    int number(String column, int min, int max) {
      String value = text(column);
      try {
        int number = value == null ? 0 : Integer.parseInt(value);
        if (value != null && (number < min || number > max)) {
          problem("«" + TITLES.get(column) + "» phải từ " + min + " đến " + max + ", không phải " + number + ".");
        }
        return number;
      } catch (NumberFormatException e) {
        problem("«" + TITLES.get(column) + "» phải là số nguyên, không phải '" + value + "'.");
        return 0;
      }
    }

    boolean flag(String column) {
      String value = text(column);
      String answer = value == null ? null : value.toLowerCase(Locale.ROOT);
      if (answer != null && !YES.contains(answer) && !NO.contains(answer)) {
        problem("«" + TITLES.get(column) + "» phải là có hoặc không (true hoặc false), không phải '" + value + "'.");
      }
      return YES.contains(answer);
    }

    /** A code, or the word that names it (any case): "CANH_CAO" or "cảnh cáo". */
    <E extends Enum<E>> E constant(Class<E> type, String column, Function<E, String> label) {
      String value = text(column);
      if (value == null) {
        return null;
      }
      return Stream.of(type.getEnumConstants())
          .filter(e -> e.name().equals(value) || label.apply(e).equalsIgnoreCase(value.strip()))
          .findFirst()
          .orElseGet(() -> {
            problem("«" + TITLES.get(column) + "» không nhận giá trị '" + value + "' (dùng một trong "
                + Stream.of(type.getEnumConstants()).map(label).distinct().collect(Collectors.joining(", ")) + ").");
            return null;
          });
    }
  }
}
