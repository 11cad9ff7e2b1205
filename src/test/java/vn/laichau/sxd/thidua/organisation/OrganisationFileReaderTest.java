package vn.laichau.sxd.thidua.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import vn.laichau.sxd.thidua.api.RejectedFileException;

class OrganisationFileReaderTest {

  private final OrganisationFileReader reader = new OrganisationFileReader();

  private static final String UNITS = """
      units:
        - {code: VP, name: "Văn phòng Sở", kind: DIVISION}
        - {code: QHKT, name: "Phòng Quy hoạch – Kiến trúc", kind: DIVISION}
      """;

  @Test
  void readsTheDemoOrganisationOfTheContract() throws IOException {
    Organisation organisation;
    try (var in = new InputStreamReader(getClass().getResourceAsStream("/organisation/demo-organisation.yaml"), StandardCharsets.UTF_8)) {
      organisation = reader.read(in);
    }
    assertThat(organisation.units()).extracting(Unit::code)
        .containsExactly("VP", "KHTC", "QHKT", "PTDT", "QLN", "QLXD", "KCHTGT", "QLVT", "TTGD", "TTBT");
    assertThat(organisation.people().stream().filter(p -> p.roles().contains(Role.COUNCIL)).map(Person::username))
        .containsExactlyInAnyOrder("giamdoc", "phogiamdoc", "chanhvanphong", "chutichcongdoan", "bithudoan",
            "truongphong.qhkt", "truongphong.qlxd", "truongphong.kchtgt", "truongphong.khtc");
    for (Unit unit : organisation.units()) {
      long staff = organisation.people().stream().filter(p -> unit.code().equals(p.unitCode())).count();
      assertThat(staff).as("staff of %s", unit.code()).isGreaterThanOrEqualTo(4);
    }
    assertThat(organisation.people()).filteredOn(p -> p.username().equals("thuky")).singleElement()
        .satisfies(p -> assertThat(p.roles()).containsExactlyInAnyOrder(Role.SECRETARIAT, Role.COUNCIL_SECRETARY));
    // Everyone has an address but one council member, who shows the secretariat's list of people without one.
    assertThat(organisation.people()).filteredOn(p -> p.email() == null).extracting(Person::username).containsExactly("bithudoan");
    assertThat(organisation.people()).filteredOn(p -> p.email() != null).allSatisfy(p -> assertThat(MailAddresses.isValid(p.email())).isTrue());
  }

  @Test
  void reportsYamlSyntaxErrorsWithTheirLine() {
    assertThatThrownBy(() -> reader.read(new StringReader(UNITS + "people:\n  - {username: a.b, fullName: \"X\"\n")))
        .isInstanceOf(RejectedFileException.class)
        .satisfies(e -> assertThat(((RejectedFileException) e).problems()).singleElement().asString().startsWith("Dòng 5"));
  }

  @Test
  void reportsEveryProblemWithItsLineAndReason() {
    String file = UNITS + """
        people:
          - {username: an.nv, fullName: "Nguyễn Văn An", position: "Chuyên viên", unit: VP, category: CONG_CHUC}
          - {username: an.nv, fullName: "Nguyễn Văn An", position: "Chuyên viên", unit: VP, category: CONG_CHUC}
          - {username: binh.tt, fullName: "Trần Thị Bình", position: "Chuyên viên", unit: XYZ, category: CONG_CHUC}
          - {username: cuong, position: "Chuyên viên", unit: VP, category: CONG_CHUC}
          - {username: dung, fullName: "Lê Dũng", position: "Chuyên viên", unit: VP, category: THU_VIEC}
          - {username: em, fullName: "Lò Em", position: "Phó phòng", category: CONG_CHUC, roles: [DEPUTY]}
          - {username: Giang!, fullName: "Giàng A Giang", position: "Chuyên viên", unit: VP, category: CONG_CHUC, roles: [BOSS]}
          - {username: hoa, fullName: "Lò Hoa", position: "Chuyên viên", unit: VP, category: CONG_CHUC, email: "hoa@sxd"}
          - {username: khanh, fullName: "Lò Khánh", position: "Chuyên viên", unit: VP, category: CONG_CHUC, email: "Khánh <k@sxd.vn>"}
          - {username: lan, fullName: "Lò Lan", position: "Chuyên viên", unit: VP, category: CONG_CHUC, email: "lan@sxd.laichau.gov.vn"}
        """;
    assertThatThrownBy(() -> reader.read(new StringReader(file)))
        .isInstanceOfSatisfying(RejectedFileException.class, e -> assertThat(e.problems()).containsExactly(
            "Dòng 6: tên đăng nhập 'an.nv' đã dùng ở dòng 5.",
            "Dòng 7: đơn vị 'XYZ' không có trong mục 'units'.",
            "Dòng 8: thiếu trường bắt buộc 'fullName'.",
            "Dòng 9: giá trị 'THU_VIEC' của 'category' không hợp lệ (dùng một trong [CONG_CHUC, VIEN_CHUC, NGUOI_LAO_DONG]).",
            "Dòng 10: người có vai trò trưởng/phó đơn vị phải thuộc một đơn vị ('unit').",
            "Dòng 11: giá trị 'BOSS' của 'roles' không hợp lệ (dùng một trong "
                + "[UNIT_HEAD, DEPUTY, COUNCIL, COUNCIL_CHAIR, COUNCIL_SECRETARY, SECRETARIAT, DIRECTOR, MANAGER]).",
            "Dòng 11: tên đăng nhập 'Giang!' chỉ được dùng chữ thường không dấu, số, dấu chấm, gạch ngang, gạch dưới.",
            "Dòng 12: địa chỉ thư điện tử 'hoa@sxd' không hợp lệ (dạng ten@coquan.gov.vn); bỏ trống nếu người này chưa có.",
            "Dòng 13: địa chỉ thư điện tử 'Khánh <k@sxd.vn>' không hợp lệ (dạng ten@coquan.gov.vn); bỏ trống nếu người này chưa có."));
  }

  @Test
  void refusesAFileWithoutUnitsOrPeople() {
    assertThatThrownBy(() -> reader.read(new StringReader("people: []\nextra: 1\n")))
        .isInstanceOfSatisfying(RejectedFileException.class, e -> assertThat(e.problems()).containsExactly(
            "Dòng 2: trường 'extra' không được hỗ trợ (chỉ dùng people, units).",
            "Dòng 1: thiếu mục 'units'."));
  }

  @Test
  void refusesDuplicateUnitCodes() {
    String file = UNITS + "  - {code: VP, name: \"Văn phòng 2\", kind: DIVISION}\npeople: []\n";
    assertThatThrownBy(() -> reader.read(new StringReader(file)))
        .isInstanceOfSatisfying(RejectedFileException.class,
            e -> assertThat(e.problems()).containsExactly("Dòng 4: mã đơn vị 'VP' bị trùng."));
  }
}
