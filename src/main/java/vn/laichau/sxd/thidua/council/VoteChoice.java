package vn.laichau.sxd.thidua.council;

/** A member's choice on one agenda item. */
public enum VoteChoice {
  AGREE, DISAGREE, ABSTAIN
}
