package vn.laichau.sxd.thidua.council;

import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Service;
import vn.laichau.sxd.thidua.engine.InvalidInputException;

/** The voting rule of an award, read from decision {@code vote-rule}. */
@Service
public class VoteRuleService {

  private final DecisionService decisions;

  public VoteRuleService(DecisionService decisions) {
    this.decisions = decisions;
  }

  public VoteRule ruleFor(String awardCode) {
    DmnDecisionRuleResult row = decisions.evaluateDecisionTableByKey("vote-rule", Map.of("awardCode", awardCode)).getSingleResult();
    if (row == null) {
      throw new InvalidInputException("awardCode", "Chưa có quy tắc bỏ phiếu cho " + awardCode + " (bảng quyết định vote-rule).");
    }
    return new VoteRule(
        VoteRule.Ballot.valueOf(row.getEntry("ballot")),
        Share.of(((Number) row.getEntry("quorumShare")).doubleValue()),
        Share.of(((Number) row.getEntry("passShare")).doubleValue()),
        VoteRule.PassRule.valueOf(row.getEntry("passRule")),
        VoteRule.PassBase.valueOf(row.getEntry("passBase")));
  }
}
