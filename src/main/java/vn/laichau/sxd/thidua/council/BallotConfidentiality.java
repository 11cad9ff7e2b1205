package vn.laichau.sxd.thidua.council;

import java.util.Set;
import org.springframework.stereotype.Component;
import vn.laichau.sxd.thidua.engine.ConfidentialVariables;

/** The ballot never reaches the engine's history (DESIGN §3, council-session). */
@Component
class BallotConfidentiality implements ConfidentialVariables {

  @Override
  public Set<String> names() {
    return Set.of(CouncilVariables.BALLOT.name());
  }
}
