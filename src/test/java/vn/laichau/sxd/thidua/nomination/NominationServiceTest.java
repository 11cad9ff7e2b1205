package vn.laichau.sxd.thidua.nomination;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.laichau.sxd.thidua.ThiduaTest;
import vn.laichau.sxd.thidua.decision.AwardCode;
import vn.laichau.sxd.thidua.decision.CommendationType;
import vn.laichau.sxd.thidua.engine.InvalidInputException;

/** Server-side rules of a unit's nominations, on the demo's 2025 data. */
@ThiduaTest
class NominationServiceTest {

  @Autowired NominationService nominations;

  private void check(String unit, Nomination... list) {
    nominations.check(2025, unit, CommendationType.CONG_TRANG, List.of(list));
  }

  @Test
  void eligibleNomineesWithTheirSummariesAreAccepted() {
    assertThatCode(() -> check("QHKT",
        new Nomination("truongphong.qhkt", AwardCode.CSTD_TINH, "Chủ trì số hóa hồ sơ quy hoạch toàn tỉnh"),
        new Nomination("bithudoan", AwardCode.LDTT, null),
        new Nomination("QHKT", AwardCode.TTLDXS, "Hoàn thành vượt mức kế hoạch năm")))
        .doesNotThrowAnyException();
  }

  @Test
  void anIneligibleNomineeIsRefusedWithTheReason() {
    assertThatThrownBy(() -> check("VP", new Nomination("chutichcongdoan", AwardCode.LDTT, null)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("«Lao động tiên tiến» cho Phan Văn Lợi: chưa đủ điều kiện. Thời gian công tác trong năm dưới 10 tháng.");
  }

  @Test
  void anOnHoldNomineeCannotBeNominatedYet() {
    assertThatThrownBy(() -> check("QHKT", new Nomination("thuy.lt.qhkt", AwardCode.LDTT, null)))
        .hasMessageStartingWith("«Lao động tiên tiến» cho Lò Thu Thủy: đang tạm hoãn xét, chưa đề nghị được. Đang bị xem xét kỷ luật");
  }

  @Test
  void onlyTheUnitsOwnPeopleOnceEachAndWithASummaryWhereNeeded() {
    assertThatThrownBy(() -> check("QHKT", new Nomination("truongphong.qlxd", AwardCode.LDTT, null)))
        .hasMessage("«truongphong.qlxd» không phải người hay tập thể của Phòng Quy hoạch – Kiến trúc.");
    assertThatThrownBy(() -> check("QHKT", new Nomination("bithudoan", AwardCode.LDTT, null),
        new Nomination("bithudoan", AwardCode.LDTT, null))).hasMessage("«Lao động tiên tiến» cho Giàng A Chư: đề nghị hai lần.");
    assertThatThrownBy(() -> check("QHKT", new Nomination("bithudoan", AwardCode.CSTDCS, " ")))
        .hasMessage("«Chiến sĩ thi đua cơ sở» cho Giàng A Chư: cần tóm tắt thành tích.");
    assertThatThrownBy(() -> check("QHKT", new Nomination("bithudoan", AwardCode.TTLDTT, null)))
        .hasMessage("«Tập thể lao động tiên tiến» cho Giàng A Chư: danh hiệu, hình thức này không xét cho đối tượng này.");
  }
}
