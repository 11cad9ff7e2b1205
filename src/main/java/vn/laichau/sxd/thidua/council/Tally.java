package vn.laichau.sxd.thidua.council;

/** The votes on one agenda item. Abstentions are votes cast. */
record Tally(int agree, int disagree, int abstain) {

  public int cast() {
    return agree + disagree + abstain;
  }

  public enum Outcome {
    PASSED, FAILED,
    /** Too few members voted: the session decides nothing on the item. */
    NO_QUORUM
  }

  /** The outcome under a rule, for a council of {@code votingMembers}. */
  public Outcome outcome(VoteRule rule, int votingMembers) {
    if (!rule.quorumShare().reachedBy(cast(), votingMembers)) {
      return Outcome.NO_QUORUM;
    }
    int base = rule.passBase() == VoteRule.PassBase.ALL_MEMBERS ? votingMembers : cast();
    boolean passed = rule.passRule() == VoteRule.PassRule.AT_LEAST
        ? rule.passShare().reachedBy(agree, base)
        : rule.passShare().exceededBy(agree, base);
    return passed ? Outcome.PASSED : Outcome.FAILED;
  }
}
