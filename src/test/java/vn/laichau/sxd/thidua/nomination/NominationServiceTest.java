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
        .hasMessage("Phan Văn Lợi — LDTT: chưa đủ điều kiện. Thời gian công tác trong năm dưới 10 tháng.");
  }

  @Test
  void anOnHoldNomineeCannotBeNominatedYet() {
    assertThatThrownBy(() -> check("QHKT", new Nomination("thuy.lt.qhkt", AwardCode.LDTT, null)))
        .hasMessageStartingWith("Lò Thu Thủy — LDTT: đang tạm hoãn xét, chưa đề nghị được. Đang bị xem xét kỷ luật");
  }

  @Test
  void onlyTheUnitsOwnPeopleOnceEachAndWithASummaryWhereNeeded() {
    assertThatThrownBy(() -> check("QHKT", new Nomination("truongphong.qlxd", AwardCode.LDTT, null)))
        .hasMessage("'truongphong.qlxd' không thuộc đơn vị QHKT.");
    assertThatThrownBy(() -> check("QHKT", new Nomination("bithudoan", AwardCode.LDTT, null),
        new Nomination("bithudoan", AwardCode.LDTT, null))).hasMessage("Giàng A Chư — LDTT: đề nghị hai lần.");
    assertThatThrownBy(() -> check("QHKT", new Nomination("bithudoan", AwardCode.CSTDCS, " ")))
        .hasMessage("Giàng A Chư — CSTDCS: cần tóm tắt thành tích.");
    assertThatThrownBy(() -> check("QHKT", new Nomination("bithudoan", AwardCode.TTLDTT, null)))
        .hasMessage("Giàng A Chư — TTLDTT: danh hiệu, hình thức này không xét cho đối tượng này.");
  }
}
