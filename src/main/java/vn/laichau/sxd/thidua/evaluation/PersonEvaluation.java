package vn.laichau.sxd.thidua.evaluation;

/** One person's evaluation for one year, as imported from the HR evaluation export. */
public record PersonEvaluation(
    int year,
    String username,
    Rating rating,
    int monthsWorked,
    int absenceDays,
    DisciplineLevel disciplineLevel,
    boolean underInvestigation,
    boolean registered,
    InitiativeScope initiativeScope,
    boolean acceptedScienceWork) {
}
