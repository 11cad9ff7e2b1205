package vn.laichau.sxd.thidua.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.laichau.sxd.thidua.Http;
import vn.laichau.sxd.thidua.ThiduaTest;
import vn.laichau.sxd.thidua.decision.AwardEntry.EntryKind;
import vn.laichau.sxd.thidua.engine.InvalidInputException;
import vn.laichau.sxd.thidua.organisation.SubjectType;

/** The register is append-only and is the source of consecutive years and of double-award checks. */
@ThiduaTest
class AwardsRegisterTest {

  private static final String SUBJECT = "nguoi.thu.so";

  @Autowired AwardsRegisterService register;
  @Autowired JdbcTemplate jdbc;
  @LocalServerPort int port;

  @AfterEach
  void removeTestEntries() {
    // Test clean-up only: the application itself never deletes from the register.
    jdbc.update("DELETE FROM award_entry WHERE subject_id = ? AND replaces_entry_id IS NOT NULL", SUBJECT);
    jdbc.update("DELETE FROM award_entry WHERE subject_id = ?", SUBJECT);
  }

  private static NewAward award(int year, AwardCode code, CommendationType type, String number) {
    return new NewAward(SubjectType.INDIVIDUAL, SUBJECT, year, code, type, number, LocalDate.of(year + 1, 1, 20), "GIAM_DOC_SO", 2_340_000L, null);
  }

  @Test
  void countsConsecutiveRegularYearsEndingWithTheYearUnderReview() {
    register.record(award(2022, AwardCode.CSTDCS, CommendationType.CONG_TRANG, "1/QĐ"), "thuky");
    register.record(award(2024, AwardCode.CSTDCS, CommendationType.CONG_TRANG, "2/QĐ"), "thuky");
    register.record(award(2025, AwardCode.CSTDCS, CommendationType.CONG_TRANG, "3/QĐ"), "thuky");
    register.record(award(2023, AwardCode.CSTDCS, CommendationType.CHUYEN_DE, "4/QĐ"), "thuky");

    assertThat(register.consecutiveRegularYears(SubjectType.INDIVIDUAL, SUBJECT, AwardCode.CSTDCS, 2025)).as("thematic 2023 breaks the run").isEqualTo(2);
    assertThat(register.consecutiveRegularYears(SubjectType.INDIVIDUAL, SUBJECT, AwardCode.CSTDCS, 2026)).isZero();
    assertThat(register.consecutiveRegularYears(SubjectType.INDIVIDUAL, "truongphong.qhkt", AwardCode.CSTDCS, 2024)).as("demo data").isEqualTo(2);
  }

  @Test
  void oneAchievementIsRewardedOnce() {
    register.record(award(2025, AwardCode.LDTT, CommendationType.CONG_TRANG, "5/QĐ"), "thuky");
    assertThatThrownBy(() -> register.record(award(2025, AwardCode.LDTT, CommendationType.CONG_TRANG, "6/QĐ"), "thuky"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("một thành tích chỉ khen thưởng một lần");
    register.record(award(2025, AwardCode.GIAY_KHEN_GD_SO, CommendationType.DOT_XUAT, "7/QĐ"), "thuky");
    register.record(award(2025, AwardCode.GIAY_KHEN_GD_SO, CommendationType.DOT_XUAT, "8/QĐ"), "thuky");
    assertThat(register.inForce(SubjectType.INDIVIDUAL, SUBJECT)).hasSize(3);
  }

  @Test
  void aCorrectionIsANewEntryThatReplacesTheOldOne() {
    long original = register.record(award(2025, AwardCode.LDTT, CommendationType.CONG_TRANG, "9/QĐ"), "thuky");
    long corrected = register.correct(original, award(2025, AwardCode.LDTT, CommendationType.CONG_TRANG, "9b/QĐ"), "thuky");

    assertThat(register.inForce(SubjectType.INDIVIDUAL, SUBJECT)).singleElement()
        .satisfies(e -> assertThat(e.decisionNumber()).isEqualTo("9b/QĐ"));
    assertThat(register.history(SubjectType.INDIVIDUAL, SUBJECT)).extracting(AwardEntry::id, AwardEntry::kind)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(original, EntryKind.AWARD), org.assertj.core.groups.Tuple.tuple(corrected, EntryKind.CORRECTION));
    assertThatThrownBy(() -> register.correct(original, award(2025, AwardCode.LDTT, CommendationType.CONG_TRANG, "9c/QĐ"), "thuky"))
        .hasMessageContaining("đã được đính chính hoặc thu hồi");
  }

  @Test
  void aRevocationTakesTheAwardOutOfForceAndKeepsItsHistory() {
    long original = register.record(award(2025, AwardCode.CSTDCS, CommendationType.CONG_TRANG, "10/QĐ"), "thuky");
    assertThatThrownBy(() -> register.revoke(original, " ", "thuky")).hasMessage("Thu hồi khen thưởng phải ghi rõ lý do.");

    register.revoke(original, "Kê khai thành tích không trung thực", "thuky");

    assertThat(register.inForce(SubjectType.INDIVIDUAL, SUBJECT)).isEmpty();
    assertThat(register.history(SubjectType.INDIVIDUAL, SUBJECT)).hasSize(2);
    assertThat(register.consecutiveRegularYears(SubjectType.INDIVIDUAL, SUBJECT, AwardCode.CSTDCS, 2025)).isZero();
  }

  @Test
  void theApiShowsAPersonsOrAUnitsRegister() {
    Http http = new Http(port);
    Http.Response person = http.get("/api/awards?subject=truongphong.qhkt", "truongphong.qhkt");
    assertThat(person.status()).isEqualTo(200);
    assertThat(person.json().path("subjectType").asText()).isEqualTo("INDIVIDUAL");
    assertThat(person.json().path("inForce").findValuesAsText("awardCode")).containsExactly("CSTDCS", "CSTDCS", "GIAY_KHEN_GD_SO");
    Http.Response unit = http.get("/api/awards?subject=QHKT", "giamdoc");
    assertThat(unit.json().path("inForce").findValuesAsText("awardCode")).containsExactly("TTLDTT", "TTLDTT");
    assertThat(http.get("/api/awards?subject=QHKT", null).status()).isEqualTo(401);
  }
}
