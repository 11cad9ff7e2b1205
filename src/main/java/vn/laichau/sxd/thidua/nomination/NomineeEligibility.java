package vn.laichau.sxd.thidua.nomination;

import java.util.List;

/** One possible nominee (a person or the unit itself) with the eligibility for each award. */
public record NomineeEligibility(String subjectType, String subjectId, String name, List<Eligibility> awards) {
}
