package vn.laichau.sxd.thidua.council;

import java.util.List;
import vn.laichau.sxd.thidua.engine.Variable;

/** The variables of {@code council-session}, by the step that writes them. */
final class CouncilVariables {

  // Handed over by the calling process, then CouncilSessionStart
  static final Variable<Object> SESSION_ID_AS_GIVEN = Variable.value("sessionId");
  static final Variable<Long> SESSION_ID = Variable.id("sessionId");
  static final Variable<String> SESSION_KEY = Variable.text("sessionKey");
  /** The session as people name it: "Phiên họp Hội đồng số 2 năm 2025". */
  static final Variable<String> SESSION_NAME = Variable.text("sessionName");
  static final Variable<Object> CLOSES_AT = Variable.value("closesAt");

  // One ballot task per member (multi-instance over the voters), form council-ballot
  static final Variable<String> VOTER = Variable.text("voter");
  /** Confidential: never written to history, removed by the listener that counts it. */
  static final Variable<List<BallotLine>> BALLOT = Variable.jsonList("ballot", BallotLine.class, "phiếu bầu");

  // SessionTally
  static final Variable<Boolean> QUORUM_REACHED = Variable.flag("quorumReached");
  static final Variable<Integer> PASSED_ITEMS = Variable.wholeNumber("passedItems");

  private CouncilVariables() {
  }
}
