package vn.laichau.sxd.thidua.nomination;

/** Where one nomination stands, from the unit's proposal to the award or its refusal (column {@code nomination.status}). */
enum NominationStatus {
  PROPOSED, ACCEPTED, RETURNED,
  /** Passed by the council, held while an objection is resolved. */
  ON_HOLD,
  /** Taken off the list after an upheld objection. */
  WITHDRAWN,
  /** Above the Director's authority: goes to the province. */
  FORWARDED, AWARDED, NOT_AWARDED
}
