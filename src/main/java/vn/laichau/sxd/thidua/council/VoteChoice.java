package vn.laichau.sxd.thidua.council;

/** A member's choice on one agenda item. */
enum VoteChoice {
  AGREE, DISAGREE, ABSTAIN
}
