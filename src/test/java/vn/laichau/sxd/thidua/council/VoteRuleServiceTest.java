package vn.laichau.sxd.thidua.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.laichau.sxd.thidua.ThiduaTest;
import vn.laichau.sxd.thidua.engine.InvalidInputException;

@ThiduaTest
class VoteRuleServiceTest {

  @Autowired VoteRuleService rules;

  @Test
  void readsTheDeployedDecisionIntoExactShares() {
    assertThat(rules.ruleFor("CSTDCS")).isEqualTo(new VoteRule(VoteRule.Ballot.SECRET, new Share(2, 3), new Share(7, 10),
        VoteRule.PassRule.AT_LEAST, VoteRule.PassBase.ALL_MEMBERS));
    assertThat(rules.ruleFor("LDTT")).isEqualTo(new VoteRule(VoteRule.Ballot.OPEN, new Share(2, 3), new Share(1, 2),
        VoteRule.PassRule.MORE_THAN, VoteRule.PassBase.VOTES_CAST));
    assertThatThrownBy(() -> rules.ruleFor("KHONG_CO")).isInstanceOf(InvalidInputException.class);
  }
}
