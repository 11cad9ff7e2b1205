package vn.laichau.sxd.thidua.nomination;

import java.util.List;
import vn.laichau.sxd.thidua.decision.AwardCode;

/** Whether a person or unit may be nominated for one award, and if not, why (from the DMN). */
public record Eligibility(AwardCode awardCode, Status status, List<Reason> reasons) {

  public enum Status {
    ELIGIBLE,
    /** Under investigation or a complaint being verified: held, not refused (DOMAIN §1). */
    ON_HOLD,
    INELIGIBLE
  }

  public record Reason(String code, String text, String legalBasis) {
  }

  static Eligibility of(AwardCode awardCode, List<Reason> reasons) {
    Status status = reasons.isEmpty() ? Status.ELIGIBLE
        : reasons.stream().allMatch(r -> r.code().equals("UNDER_INVESTIGATION")) ? Status.ON_HOLD : Status.INELIGIBLE;
    return new Eligibility(awardCode, status, List.copyOf(reasons));
  }
}
