package vn.laichau.sxd.thidua.decision;

import java.time.LocalDate;
import vn.laichau.sxd.thidua.organisation.SubjectType;

/** What a decision awards to one subject, before it is recorded in the register. */
public record NewAward(SubjectType subjectType, String subjectId, int year, AwardCode awardCode, CommendationType commendationType,
    String decisionNumber, LocalDate decisionDate, String decidedBy, Long amountVnd, String note) {
}
