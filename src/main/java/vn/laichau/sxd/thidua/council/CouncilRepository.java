package vn.laichau.sxd.thidua.council;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Sessions, agendas, voters and votes. Secret votes are stored without anything that names the voter. */
@Repository
class CouncilRepository {

  public record Item(long id, int position, String subjectType, String subjectId, String subjectName, String awardCode,
      String question, String details, VoteRule.Ballot ballot) {
  }

  record Session(long id, String businessKey, int year, String purpose, SessionStatus status) {

    /** The session as people name it; its key is {@code HD-<year>-<number in the year>}. */
    String name() {
      return "Phiên họp Hội đồng số " + businessKey.substring(businessKey.lastIndexOf('-') + 1) + " năm " + year;
    }
  }

  private static final String SESSION_COLUMNS = "SELECT id, business_key, session_year, purpose, status FROM council_session";
  private static final RowMapper<Session> SESSION =
      (rs, i) -> new Session(rs.getLong("id"), rs.getString("business_key"), rs.getInt("session_year"), rs.getString("purpose"),
          SessionStatus.valueOf(rs.getString("status")));

  private final JdbcTemplate jdbc;

  public CouncilRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public long insertSession(String businessKey, int year, String purpose, Instant at) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      var ps = connection.prepareStatement("INSERT INTO council_session (business_key, session_year, purpose, status, opened_at)"
          + " VALUES (?, ?, ?, ?, ?)", new String[] {"id"});
      ps.setString(1, businessKey);
      ps.setInt(2, year);
      ps.setString(3, purpose);
      ps.setString(4, SessionStatus.OPEN.name());
      ps.setTimestamp(5, Timestamp.from(at));
      return ps;
    }, key);
    return key.getKey().longValue();
  }

  public int sessionsOfYear(int year) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM council_session WHERE session_year = ?", Integer.class, year);
  }

  public void insertItem(long sessionId, int position, AgendaEntry entry, VoteRule.Ballot ballot) {
    jdbc.update("INSERT INTO agenda_item (session_id, position, subject_type, subject_id, subject_name, award_code, question, details,"
        + " ballot) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", sessionId, position, entry.subjectType(), entry.subjectId(), entry.subjectName(),
        entry.awardCode(), entry.question(), entry.details(), ballot.name());
    if (ballot == VoteRule.Ballot.SECRET) {
      jdbc.update("INSERT INTO secret_count (item_id, agree, disagree, abstain)"
          + " SELECT id, 0, 0, 0 FROM agenda_item WHERE session_id = ? AND position = ?", sessionId, position);
    }
  }

  public void insertVoter(long sessionId, String username) {
    jdbc.update("INSERT INTO session_voter (session_id, username, voted) VALUES (?, ?, FALSE)", sessionId, username);
  }

  public java.util.Optional<Session> sessionByKey(String businessKey) {
    return jdbc.query(SESSION_COLUMNS + " WHERE business_key = ?",
        SESSION, businessKey)
        .stream().findFirst();
  }

  public record Attendance(String username, boolean voted) {
  }

  public record ItemResult(int position, String subjectType, String subjectId, String subjectName, String awardCode, String ballot,
      Integer agree, Integer disagree, Integer abstain, String outcome) {
  }

  public record OpenVote(int position, String username, String choice) {
  }

  /** Members who sit in the session, each with whether they voted. */
  public List<Attendance> attendance(long sessionId) {
    return jdbc.query("SELECT username, voted FROM session_voter WHERE session_id = ? ORDER BY username",
        (rs, i) -> new Attendance(rs.getString(1), rs.getBoolean(2)), sessionId);
  }

  /** The agenda with each item's counts and outcome (null before the count). */
  public List<ItemResult> results(long sessionId) {
    return jdbc.query("SELECT position, subject_type, subject_id, subject_name, award_code, ballot, agree, disagree, abstain, outcome"
            + " FROM agenda_item WHERE session_id = ? ORDER BY position",
        (rs, i) -> new ItemResult(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
            (Integer) rs.getObject(7, Integer.class), (Integer) rs.getObject(8, Integer.class), (Integer) rs.getObject(9, Integer.class),
            rs.getString(10)), sessionId);
  }

  /** Who voted how on the open items; secret items have no such record. */
  public List<OpenVote> openVotes(long sessionId) {
    return jdbc.query("SELECT i.position, v.username, v.choice FROM open_vote v JOIN agenda_item i ON i.id = v.item_id"
            + " WHERE i.session_id = ? ORDER BY i.position, v.username",
        (rs, i) -> new OpenVote(rs.getInt(1), rs.getString(2), rs.getString(3)), sessionId);
  }

  public java.util.Optional<Session> session(long id) {
    return jdbc.query(SESSION_COLUMNS + " WHERE id = ?",
        SESSION, id).stream().findFirst();
  }

  public void attachProcess(long sessionId, String processInstanceId) {
    jdbc.update("UPDATE council_session SET process_instance_id = ? WHERE id = ?", processInstanceId, sessionId);
  }

  public List<Item> items(long sessionId) {
    return jdbc.query("SELECT id, position, subject_type, subject_id, subject_name, award_code, question, details, ballot FROM agenda_item"
            + " WHERE session_id = ? ORDER BY position",
        (rs, i) -> new Item(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
            rs.getString(7), rs.getString(8), VoteRule.Ballot.valueOf(rs.getString(9))), sessionId);
  }

  public List<String> voters(long sessionId) {
    return jdbc.queryForList("SELECT username FROM session_voter WHERE session_id = ? ORDER BY username", String.class, sessionId);
  }

  /** Marks the member as having voted; false when they do not sit in the session or have voted already. */
  public boolean markVoted(long sessionId, String username) {
    return jdbc.update("UPDATE session_voter SET voted = TRUE WHERE session_id = ? AND username = ? AND NOT voted", sessionId, username) == 1;
  }

  public void insertOpenVote(long itemId, String username, VoteChoice choice) {
    jdbc.update("INSERT INTO open_vote (item_id, username, choice) VALUES (?, ?, ?)", itemId, username, choice.name());
  }

  /**
   * Adds one secret vote to the item's running counts. Nothing of the vote is a row of its own: the
   * counts row's metadata names only the latest ballot's transaction, and the counts are those of all
   * ballots so far. Callers add a ballot's votes in item order, so concurrent ballots cannot deadlock.
   */
  public void countSecretVote(long itemId, VoteChoice choice) {
    String column = switch (choice) {
      case AGREE -> "agree";
      case DISAGREE -> "disagree";
      case ABSTAIN -> "abstain";
    };
    jdbc.update("UPDATE secret_count SET " + column + " = " + column + " + 1 WHERE item_id = ?", itemId);
  }

  public Tally tally(long itemId) {
    int[] counts = new int[VoteChoice.values().length];
    jdbc.query("SELECT choice, COUNT(*) FROM open_vote WHERE item_id = ? GROUP BY choice",
        rs -> {
          counts[VoteChoice.valueOf(rs.getString(1)).ordinal()] = rs.getInt(2);
        }, itemId);
    jdbc.query("SELECT agree, disagree, abstain FROM secret_count WHERE item_id = ?", rs -> {
      counts[VoteChoice.AGREE.ordinal()] += rs.getInt(1);
      counts[VoteChoice.DISAGREE.ordinal()] += rs.getInt(2);
      counts[VoteChoice.ABSTAIN.ordinal()] += rs.getInt(3);
    }, itemId);
    return new Tally(counts[VoteChoice.AGREE.ordinal()], counts[VoteChoice.DISAGREE.ordinal()], counts[VoteChoice.ABSTAIN.ordinal()]);
  }

  /**
   * Once the session is counted, its secret counts live only in agenda_item, written by the count's
   * own transaction, which no voter shares.
   */
  public void dropSecretCounts(long sessionId) {
    jdbc.update("DELETE FROM secret_count WHERE item_id IN (SELECT id FROM agenda_item WHERE session_id = ?)", sessionId);
  }

  public void recordOutcome(long itemId, Tally tally, Tally.Outcome outcome) {
    jdbc.update("UPDATE agenda_item SET agree = ?, disagree = ?, abstain = ?, outcome = ? WHERE id = ?",
        tally.agree(), tally.disagree(), tally.abstain(), outcome.name(), itemId);
  }

  public void close(long sessionId, SessionStatus status, Instant at) {
    jdbc.update("UPDATE council_session SET status = ?, closed_at = ? WHERE id = ?", status.name(), Timestamp.from(at), sessionId);
  }
}
