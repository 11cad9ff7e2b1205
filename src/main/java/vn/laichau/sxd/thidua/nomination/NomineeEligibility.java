package vn.laichau.sxd.thidua.nomination;

import java.util.List;
import vn.laichau.sxd.thidua.organisation.SubjectType;

/** One possible nominee (a person or the unit itself) with the eligibility for each award. */
public record NomineeEligibility(SubjectType subjectType, String subjectId, String name, List<Eligibility> awards) {
}
