package vn.laichau.sxd.thidua.council;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.laichau.sxd.thidua.engine.FormRows;
import vn.laichau.sxd.thidua.engine.InvalidInputException;
import vn.laichau.sxd.thidua.organisation.CamundaGroups;

/**
 * Prepares council sessions and serves them to the {@code council-session} process (bean
 * {@code council}): who votes, and the ballot each voter fills in.
 */
@Service("council")
public class CouncilService {

  /** The counted outcome of one agenda item. */
  public record ItemOutcome(String subjectType, String subjectId, String awardCode, String outcome, Integer agree, Integer disagree,
      Integer abstain) {
  }

  private final CouncilRepository repository;
  private final VoteRuleService voteRules;
  private final IdentityService identityService;

  public CouncilService(CouncilRepository repository, VoteRuleService voteRules, IdentityService identityService) {
    this.repository = repository;
    this.voteRules = voteRules;
    this.identityService = identityService;
  }

  /** Creates a session {@code HD-<year>-<seq>} whose voters are the council's current members. */
  @Transactional
  public long prepareSession(int year, String purpose, List<AgendaEntry> agenda) {
    if (agenda.isEmpty()) {
      throw new InvalidInputException("agenda", "Phiên họp phải có ít nhất một nội dung.");
    }
    String businessKey = "HD-" + year + "-" + (repository.sessionsOfYear(year) + 1);
    long sessionId = repository.insertSession(businessKey, year, purpose, ClockUtil.getCurrentTime().toInstant());
    int position = 0;
    for (AgendaEntry entry : agenda) {
      VoteRule rule = voteRules.ruleFor(entry.awardCode());
      repository.insertItem(sessionId, ++position, entry, rule.ballot());
    }
    List<User> members = identityService.createUserQuery().memberOfGroup(CamundaGroups.COUNCIL).orderByUserId().asc().list();
    members.forEach(member -> repository.insertVoter(sessionId, member.getId()));
    return sessionId;
  }

  /** Each item's outcome once the session has been counted. */
  public List<ItemOutcome> outcomes(long sessionId) {
    return repository.results(sessionId).stream()
        .map(r -> new ItemOutcome(r.subjectType(), r.subjectId(), r.awardCode(), r.outcome(), r.agree(), r.disagree(), r.abstain()))
        .toList();
  }

  /** The members who sit in the session, for the ballot tasks. */
  public List<String> votingMembers(long sessionId) {
    return repository.voters(sessionId);
  }

  /** The ballot to fill in: one line per agenda item, choice still empty. */
  public TypedValue ballotTemplate(long sessionId) {
    List<CouncilRepository.Item> items = repository.items(sessionId);
    Map<String, Long> groupSizes = items.stream().collect(Collectors.groupingBy(CouncilService::group, Collectors.counting()));
    List<BallotLine> lines = new ArrayList<>();
    String previousGroup = null;
    for (CouncilRepository.Item item : items) {
      String group = group(item);
      String heading = group.equals(previousGroup) ? null : group + " (" + groupSizes.get(group) + " nội dung)";
      previousGroup = group;
      lines.add(new BallotLine(String.valueOf(item.id()), heading,
          item.position() + ". " + item.subjectName() + " — " + question(item) + " (" + nature(item) + ")", item.details(), null));
    }
    return FormRows.of(lines);
  }

  /** Items are grouped on the ballot by what the council decides and how: "Lao động tiên tiến — biểu quyết công khai". */
  private static String group(CouncilRepository.Item item) {
    return question(item) + " — " + nature(item);
  }

  private static String nature(CouncilRepository.Item item) {
    return item.ballot() == VoteRule.Ballot.SECRET ? "bỏ phiếu kín" : "biểu quyết công khai";
  }

  private static String question(CouncilRepository.Item item) {
    return item.question() == null ? item.awardCode() : item.question();
  }

}
