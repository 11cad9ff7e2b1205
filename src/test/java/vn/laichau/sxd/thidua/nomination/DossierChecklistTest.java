package vn.laichau.sxd.thidua.nomination;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.laichau.sxd.thidua.DecisionTables;

/** dossier-checklist: the documents of Art. 84–85 per award and commendation type. */
class DossierChecklistTest {

  private static List<String> documents(String award, String type) {
    List<Map<String, Object>> rows = DecisionTables.evaluate("dossier-checklist", Map.of("awardCode", award, "commendationType", type));
    rows.forEach(row -> assertThat((String) row.get("documentName")).isNotBlank());
    return rows.stream().map(row -> (String) row.get("documentCode")).toList();
  }

  @ParameterizedTest
  @CsvSource({"LDTT, CONG_TRANG", "TTLDTT, CONG_TRANG", "LDTT, CHUYEN_DE"})
  void titlesNeedALetterAListAndTheMinutes(String award, String type) {
    assertThat(documents(award, type)).containsExactly("TO_TRINH", "DANH_SACH", "BIEN_BAN");
  }

  @ParameterizedTest
  @CsvSource({"TTLDXS, CONG_TRANG", "CO_THI_DUA_TINH, CONG_TRANG"})
  void higherCollectiveTitlesAddAnAchievementReport(String award, String type) {
    assertThat(documents(award, type)).containsExactly("TO_TRINH", "DANH_SACH", "BIEN_BAN", "BAO_CAO_THANH_TICH");
  }

  @ParameterizedTest
  @CsvSource({"CSTDCS, CONG_TRANG", "CSTD_TINH, CONG_TRANG"})
  void emulationFightersAddAReportAndProofOfTheirInitiative(String award, String type) {
    assertThat(documents(award, type)).containsExactly("TO_TRINH", "DANH_SACH", "BIEN_BAN", "BAO_CAO_THANH_TICH", "MINH_CHUNG_SANG_KIEN");
  }

  @ParameterizedTest
  @CsvSource({"GIAY_KHEN_GD_SO, CONG_TRANG", "BANG_KHEN_CT_TINH, CHUYEN_DE"})
  void commendationsNeedALetterAReportAndTheMinutes(String award, String type) {
    assertThat(documents(award, type)).containsExactly("TO_TRINH", "BIEN_BAN", "BAO_CAO_THANH_TICH");
  }

  @ParameterizedTest
  @CsvSource({"GIAY_KHEN_GD_SO, DOT_XUAT", "BANG_KHEN_CT_TINH, DOT_XUAT"})
  void adHocAwardsTakeTheShortDossier(String award, String type) {
    assertThat(documents(award, type)).containsExactly("TO_TRINH", "TOM_TAT_THANH_TICH");
  }
}
