package vn.laichau.sxd.thidua.council;

import java.util.Map;
import org.springframework.stereotype.Service;
import vn.laichau.sxd.thidua.engine.DecisionRow;
import vn.laichau.sxd.thidua.engine.DmnTables;
import vn.laichau.sxd.thidua.engine.InvalidInputException;

/** The voting rule of an award, read from decision {@code vote-rule}. */
@Service
class VoteRuleService {

  private final DmnTables dmn;

  public VoteRuleService(DmnTables dmn) {
    this.dmn = dmn;
  }

  public VoteRule ruleFor(String awardCode) {
    DecisionRow row = dmn.row("vote-rule", Map.of("awardCode", awardCode)).orElseThrow(() ->
        new InvalidInputException("awardCode", "Chưa có quy tắc bỏ phiếu cho " + awardCode + " (bảng quyết định vote-rule)."));
    return new VoteRule(
        row.code("ballot", VoteRule.Ballot.class),
        Share.of(row.number("quorumShare")),
        Share.of(row.number("passShare")),
        row.code("passRule", VoteRule.PassRule.class),
        row.code("passBase", VoteRule.PassBase.class));
  }
}
