package vn.laichau.sxd.thidua.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Dates and amounts as Nghị định 30/2020/NĐ-CP and the Office write them; text composed. */
class DocumentFormatsTest {

  @Test
  void daysBelowTenAndJanuaryAndFebruaryTakeALeadingZero() {
    assertThat(DocumentFormats.placeAndDate(LocalDate.of(2027, 2, 5))).isEqualTo("Lai Châu, ngày 05 tháng 02 năm 2027");
    assertThat(DocumentFormats.inWords(LocalDate.of(2027, 1, 20))).isEqualTo("ngày 20 tháng 01 năm 2027");
    assertThat(DocumentFormats.inWords(LocalDate.of(2026, 3, 9))).isEqualTo("ngày 09 tháng 3 năm 2026");
    assertThat(DocumentFormats.inWords(LocalDate.of(2026, 12, 31))).isEqualTo("ngày 31 tháng 12 năm 2026");
    assertThat(DocumentFormats.date(LocalDate.of(2026, 3, 9))).isEqualTo("09/03/2026");
  }

  @Test
  void amountsInDongWithDotsBetweenThousands() {
    assertThat(DocumentFormats.amount(0)).isEqualTo("0");
    assertThat(DocumentFormats.amount(702_000)).isEqualTo("702.000");
    assertThat(DocumentFormats.amount(1_404_000)).isEqualTo("1.404.000");
    assertThat(DocumentFormats.amount(235_170_000)).isEqualTo("235.170.000");
  }

  @Test
  void textIsStoredComposedWhateverItCameAs() {
    String decomposed = Normalizer.normalize("Nguyễn Thị Thu Hà", Normalizer.Form.NFD);
    DocumentRequest request = DocumentRequest.of(DocumentKind.TO_TRINH, "K", "s", decomposed).field("ho_ten", decomposed);
    assertThat(request.title()).isEqualTo("Nguyễn Thị Thu Hà").isNotEqualTo(decomposed);
    assertThat(request.fields().get("ho_ten")).isEqualTo("Nguyễn Thị Thu Hà");
  }
}
