package vn.laichau.sxd.thidua.council;

import java.util.Map;
import org.springframework.stereotype.Service;
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
    Map<String, Object> row = dmn.row("vote-rule", Map.of("awardCode", awardCode)).orElseThrow(() ->
        new InvalidInputException("awardCode", "Chưa có quy tắc bỏ phiếu cho " + awardCode + " (bảng quyết định vote-rule)."));
    return new VoteRule(
        VoteRule.Ballot.valueOf((String) row.get("ballot")),
        Share.of(((Number) row.get("quorumShare")).doubleValue()),
        Share.of(((Number) row.get("passShare")).doubleValue()),
        VoteRule.PassRule.valueOf((String) row.get("passRule")),
        VoteRule.PassBase.valueOf((String) row.get("passBase")));
  }
}
