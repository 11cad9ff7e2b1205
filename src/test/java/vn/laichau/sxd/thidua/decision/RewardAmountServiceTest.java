package vn.laichau.sxd.thidua.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.laichau.sxd.thidua.ThiduaTest;
import vn.laichau.sxd.thidua.engine.InvalidInputException;
import vn.laichau.sxd.thidua.organisation.SubjectType;

@ThiduaTest
class RewardAmountServiceTest {

  @Autowired RewardAmountService rewards;

  @Test
  void multipliesTheBaseSalaryInForceAndRoundsUpToTenThousand() {
    // 0.3 × 2,340,000 = 702,000 → 710,000
    assertThat(rewards.amountVnd(AwardCode.LDTT, SubjectType.INDIVIDUAL, LocalDate.of(2026, 1, 20))).isEqualTo(710_000);
    // 1.0 × 2,340,000 is already a multiple of 10,000
    assertThat(rewards.amountVnd(AwardCode.CSTDCS, SubjectType.INDIVIDUAL, LocalDate.of(2026, 1, 20))).isEqualTo(2_340_000);
    // 0.15 × 2,340,000 = 351,000 → 360,000 (Giấy khen before 01/7/2025)
    assertThat(rewards.amountVnd(AwardCode.GIAY_KHEN_GD_SO, SubjectType.INDIVIDUAL, LocalDate.of(2025, 6, 30))).isEqualTo(360_000);
    // 8.0 × 2,340,000
    assertThat(rewards.amountVnd(AwardCode.CO_THI_DUA_TINH, SubjectType.COLLECTIVE, LocalDate.of(2026, 1, 20))).isEqualTo(18_720_000);
  }

  @Test
  void refusesADateBeforeAnyConfiguredBaseSalaryAndAnUnknownCombination() {
    assertThatThrownBy(() -> rewards.amountVnd(AwardCode.LDTT, SubjectType.INDIVIDUAL, LocalDate.of(2024, 6, 30)))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("Chưa cấu hình mức lương cơ sở");
    assertThatThrownBy(() -> rewards.amountVnd(AwardCode.LDTT, SubjectType.COLLECTIVE, LocalDate.of(2026, 1, 20)))
        .isInstanceOf(InvalidInputException.class).hasMessage("Không có hệ số tiền thưởng cho LDTT (COLLECTIVE).");
  }
}
