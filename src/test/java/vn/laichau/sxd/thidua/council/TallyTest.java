package vn.laichau.sxd.thidua.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.laichau.sxd.thidua.council.Tally.Outcome;
import vn.laichau.sxd.thidua.council.VoteRule.Ballot;
import vn.laichau.sxd.thidua.council.VoteRule.PassBase;
import vn.laichau.sxd.thidua.council.VoteRule.PassRule;

/** Exact counting for a council of 9 voting members, at every boundary of DOMAIN §4. */
class TallyTest {

  private static final int MEMBERS = 9;
  private static final VoteRule SECRET = new VoteRule(Ballot.SECRET, new Share(2, 3), new Share(7, 10), PassRule.AT_LEAST, PassBase.ALL_MEMBERS);
  private static final VoteRule OPEN = new VoteRule(Ballot.OPEN, new Share(2, 3), new Share(1, 2), PassRule.MORE_THAN, PassBase.VOTES_CAST);

  @Test
  void quorumIsTwoThirdsOfVotingMembers() {
    assertThat(new Tally(5, 0, 0).outcome(OPEN, MEMBERS)).as("5 of 9").isEqualTo(Outcome.NO_QUORUM);
    assertThat(new Tally(6, 0, 0).outcome(OPEN, MEMBERS)).as("6 of 9").isEqualTo(Outcome.PASSED);
    assertThat(new Tally(2, 2, 2).outcome(OPEN, MEMBERS)).as("abstentions count towards the quorum").isNotEqualTo(Outcome.NO_QUORUM);
  }

  @Test
  void secretItemsNeedSeventyPercentOfAllMembers() {
    // 70% of 9 is 6.3: 7 agree passes, 6 does not, however many voted.
    assertThat(new Tally(7, 2, 0).outcome(SECRET, MEMBERS)).isEqualTo(Outcome.PASSED);
    assertThat(new Tally(6, 0, 0).outcome(SECRET, MEMBERS)).isEqualTo(Outcome.FAILED);
    assertThat(new Tally(7, 0, 0).outcome(SECRET, 10)).as("exactly 70% of 10").isEqualTo(Outcome.PASSED);
    assertThat(new Tally(6, 1, 0).outcome(SECRET, 10)).isEqualTo(Outcome.FAILED);
  }

  @Test
  void openItemsNeedMoreThanHalfOfVotesCast() {
    assertThat(new Tally(4, 2, 0).outcome(OPEN, MEMBERS)).isEqualTo(Outcome.PASSED);
    assertThat(new Tally(3, 3, 0).outcome(OPEN, MEMBERS)).as("exactly half").isEqualTo(Outcome.FAILED);
    assertThat(new Tally(3, 2, 1).outcome(OPEN, MEMBERS)).as("abstentions are votes cast").isEqualTo(Outcome.FAILED);
    assertThat(new Tally(4, 2, 1).outcome(OPEN, MEMBERS)).isEqualTo(Outcome.PASSED);
  }

  @Test
  void sharesFromDecisionsBecomeExactFractions() {
    assertThat(Share.of(2.0 / 3)).isEqualTo(new Share(2, 3));
    assertThat(Share.of(0.6666666666666666)).isEqualTo(new Share(2, 3));
    assertThat(Share.of(0.7)).isEqualTo(new Share(7, 10));
    assertThat(Share.of(0.5)).isEqualTo(new Share(1, 2));
    assertThat(Share.of(1.0)).isEqualTo(new Share(1, 1));
    assertThatThrownBy(() -> new Share(3, 2)).isInstanceOf(IllegalArgumentException.class);
  }
}
