package vn.laichau.sxd.thidua.council;

import static vn.laichau.sxd.thidua.council.CouncilVariables.BALLOT;
import static vn.laichau.sxd.thidua.council.CouncilVariables.SESSION_ID;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.laichau.sxd.thidua.engine.InvalidInputException;

/**
 * Completion of a ballot task. Checks that every agenda item has one choice, stores open votes
 * with their voter, adds secret votes to their item's running counts, marks the member as having
 * voted, and removes the ballot, which never reaches history (see ConfidentialVariablesPlugin):
 * for a secret item, nothing kept links the vote to the member (docs/architecture.md, "Council
 * sessions").
 */
@Component("ballotReceiver")
class BallotReceiver implements TaskListener {

  private final CouncilRepository repository;

  public BallotReceiver(CouncilRepository repository) {
    this.repository = repository;
  }

  @Override
  public void notify(DelegateTask task) {
    long sessionId = SESSION_ID.get(task);
    String voter = task.getAssignee();
    Map<Long, VoteChoice> choices = choices(BALLOT.get(task));
    var items = repository.items(sessionId);
    for (CouncilRepository.Item item : items) {
      if (!choices.containsKey(item.id())) {
        throw new InvalidInputException("ballot", "Phiếu bầu chưa có ý kiến cho nội dung " + item.position() + ": " + item.subjectName() + ".");
      }
    }
    if (choices.size() != items.size()) {
      throw new InvalidInputException("ballot", "Phiếu bầu có nội dung không thuộc phiên họp này.");
    }
    if (!repository.markVoted(sessionId, voter)) {
      throw new InvalidInputException("ballot", "Thành viên " + voter + " không dự phiên họp này hoặc đã bỏ phiếu.");
    }
    for (CouncilRepository.Item item : items) {
      if (item.ballot() == VoteRule.Ballot.SECRET) {
        repository.countSecretVote(item.id(), choices.get(item.id()));
      } else {
        repository.insertOpenVote(item.id(), voter, choices.get(item.id()));
      }
    }
    task.getExecution().removeVariableLocal(BALLOT.name());
  }

  private static Map<Long, VoteChoice> choices(List<BallotLine> ballot) {
    if (ballot == null) {
      throw new InvalidInputException("ballot", "Phiếu bầu không đúng định dạng.");
    }
    Map<Long, VoteChoice> choices = new HashMap<>();
    for (BallotLine line : ballot) {
      long itemId = itemId(line.itemId());
      VoteChoice vote;
      try {
        vote = VoteChoice.valueOf(String.valueOf(line.choice()));
      } catch (IllegalArgumentException e) {
        throw new InvalidInputException("ballot", "Mỗi nội dung phải chọn Đồng ý, Không đồng ý hoặc Không biểu quyết.");
      }
      if (choices.put(itemId, vote) != null) {
        throw new InvalidInputException("ballot", "Mỗi nội dung chỉ được chọn một lần.");
      }
    }
    return choices;
  }

  private static long itemId(String text) {
    try {
      return Long.parseLong(String.valueOf(text).strip());
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
