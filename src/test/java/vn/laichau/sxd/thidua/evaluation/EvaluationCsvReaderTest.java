package vn.laichau.sxd.thidua.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.laichau.sxd.thidua.api.RejectedFileException;

class EvaluationCsvReaderTest {

  private static final String HEADER = "username,rating,monthsWorked,absenceDays,discipline,underInvestigation,registered,initiativeScope,acceptedScienceWork\n";
  private final EvaluationCsvReader reader = new EvaluationCsvReader();
  private final Set<String> people = Set.of("an.nv", "binh.tt", "cuong.lv");

  @Test
  void readsAValidExport() {
    var rows = reader.readPeople(new StringReader(HEADER
        + "an.nv,HTXSNV,12,0,NONE,false,true,PROVINCE,false\n"
        + "binh.tt,HTTNV,10,39,KHIEN_TRACH,true,false,NONE,true\n"), 2025, people);
    assertThat(rows).containsExactly(
        new PersonEvaluation(2025, "an.nv", Rating.HTXSNV, 12, 0, DisciplineLevel.NONE, false, true, InitiativeScope.PROVINCE, false),
        new PersonEvaluation(2025, "binh.tt", Rating.HTTNV, 10, 39, DisciplineLevel.KHIEN_TRACH, true, false, InitiativeScope.NONE, true));
  }

  @Test
  void refusesTheWholeFileListingEveryBadRowWithItsLine() {
    String file = HEADER
        + "an.nv,HTXSNV,12,0,NONE,false,true,PROVINCE,false\n"
        + "khong.co,HTTNV,12,0,NONE,false,true,NONE,false\n"
        + "binh.tt,XUAT_SAC,13,-1,NONE,chưa rõ,true,NONE,false\n"
        + "an.nv,HTTNV,12,0,NONE,false,true,NONE,false\n"
        + "cuong.lv,HTTNV,,0,NONE,false,true,TINH,false\n";
    assertThatThrownBy(() -> reader.readPeople(new StringReader(file), 2025, people))
        .isInstanceOfSatisfying(RejectedFileException.class, e -> assertThat(e.problems()).containsExactly(
            "Dòng 3: 'khong.co' không có trong danh sách tổ chức.",
            "Dòng 4: «Xếp loại» không nhận giá trị 'XUAT_SAC' (dùng một trong HTXSNV, HTTNV, HTNV, KHTNV).",
            "Dòng 4: «Số tháng công tác» phải từ 0 đến 12, không phải 13.",
            "Dòng 4: «Số ngày nghỉ» phải từ 0 đến 366, không phải -1.",
            "Dòng 4: «Đang bị xem xét» phải là có hoặc không (true hoặc false), không phải 'chưa rõ'.",
            "Dòng 5: 'an.nv' xuất hiện hai lần trong tệp.",
            "Dòng 6: thiếu giá trị cột «Số tháng công tác».",
            "Dòng 6: «Phạm vi sáng kiến» không nhận giá trị 'TINH' (dùng một trong không có, cấp cơ sở, cấp tỉnh).")
            .allSatisfy(p -> assertThat(p).startsWith("Dòng ")));
  }

  @Test
  void refusesAFileWithoutTheExpectedColumns() {
    assertThatThrownBy(() -> reader.readPeople(new StringReader("username,rating\nan.nv,HTTNV\n"), 2025, people))
        .isInstanceOfSatisfying(RejectedFileException.class, e -> assertThat(e.problems()).singleElement().asString()
            .startsWith("Dòng 1: thiếu cột Số tháng công tác, Số ngày nghỉ"));
  }

  @Test
  void readsTheTemplatesVietnameseHeadersAndYesNoAnswers() {
    String file = "Tên đăng nhập,Xếp loại,Số tháng công tác,Số ngày nghỉ,Kỷ luật,Đang bị xem xét,Đăng ký thi đua,Phạm vi sáng kiến,"
        + "Đề tài khoa học được nghiệm thu\nan.nv,HTXSNV,12,0,cảnh cáo,không,Có,cấp tỉnh,TRUE\n";
    assertThat(reader.readPeople(new StringReader(file), 2025, people)).singleElement()
        .satisfies(e -> assertThat(e.registered()).isTrue())
        .satisfies(e -> assertThat(e.underInvestigation()).isFalse())
        .satisfies(e -> assertThat(e.acceptedScienceWork()).isTrue())
        .satisfies(e -> assertThat(e.disciplineLevel()).isEqualTo(DisciplineLevel.CANH_CAO))
        .satisfies(e -> assertThat(e.initiativeScope()).isEqualTo(InitiativeScope.PROVINCE));
  }

  @Test
  void theTemplatesAreReadBackAsSpreadsheetsAndAsCsv() {
    Set<String> example = Set.of("nguyen.van.a");
    for (byte[] file : List.of(EvaluationTemplate.PEOPLE.xlsx(), EvaluationTemplate.PEOPLE.csv())) {
      assertThat(reader.readPeople(UploadedTable.asCsv(file), 2025, example)).singleElement()
          .satisfies(e -> assertThat(e.rating()).isEqualTo(Rating.HTTNV))
          .satisfies(e -> assertThat(e.initiativeScope()).isEqualTo(InitiativeScope.NONE));
    }
    assertThat(reader.readUnits(UploadedTable.asCsv(EvaluationTemplate.UNITS.xlsx()), 2025, Set.of("VP"))).hasSize(1);
  }

  @Test
  void aFileThatIsNeitherASpreadsheetNorUtf8TextIsRefused() {
    assertThatThrownBy(() -> UploadedTable.asCsv(new byte[] {'%', 'P', 'D', 'F', (byte) 0xC3, 0x28}))
        .isInstanceOfSatisfying(RejectedFileException.class, e -> assertThat(e.problems()).singleElement().asString()
            .startsWith("Tệp phải là bảng tính Excel (.xlsx) hoặc tệp CSV mã UTF-8"));
    assertThatThrownBy(() -> UploadedTable.asCsv(new byte[] {0x50, 0x4B, 0x03, 0x04, 1, 2, 3}))
        .isInstanceOf(RejectedFileException.class);
  }

  @Test
  void readsUnits() {
    var units = reader.readUnits(new StringReader("unitCode,rating,registered\nVP,HTXSNV,true\n"), 2025, Set.of("VP"));
    assertThat(units).containsExactly(new UnitEvaluation(2025, "VP", Rating.HTXSNV, true));
    assertThatThrownBy(() -> reader.readUnits(new StringReader("unitCode,rating,registered\nXX,HTXSNV,true\n"), 2025, Set.of("VP")))
        .isInstanceOf(RejectedFileException.class);
  }
}
