package vn.laichau.sxd.thidua.decision;

import java.time.LocalDate;
import vn.laichau.sxd.thidua.decision.AwardsRegisterService.SubjectType;

/** What a decision awards to one subject, before it is recorded. */
public record NewAward(
    SubjectType subjectType,
    String subjectId,
    int year,
    String awardCode,
    String commendationType,
    String decisionNumber,
    LocalDate decisionDate,
    String decidedBy,
    Long amountVnd,
    String note) {
}
