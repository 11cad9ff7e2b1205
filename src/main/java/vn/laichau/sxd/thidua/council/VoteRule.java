package vn.laichau.sxd.thidua.council;

/** How one agenda item is voted and passed (decision {@code vote-rule}, DOMAIN §4). */
record VoteRule(Ballot ballot, Share quorumShare, Share passShare, PassRule passRule, PassBase passBase) {

  public enum Ballot {
    OPEN, SECRET
  }

  public enum PassRule {
    AT_LEAST, MORE_THAN
  }

  public enum PassBase {
    ALL_MEMBERS, VOTES_CAST
  }
}
