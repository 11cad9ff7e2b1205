package vn.laichau.sxd.thidua.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The chain itself: appending under the head's row lock, and walking it to find the first entry
 * that no longer matches. The lock is taken just before the action's commit, so actions wait for
 * each other only for the few inserts of their entries; two nodes append in one order.
 */
@Repository
class AuditChain {

  record Pending(String businessKey, Instant at, String actor, String actorName, AuditAction action, String text, String unitCode,
      String subject) {
  }

  record Verification(boolean ok, long entries, Long firstBroken) {
  }

  private final JdbcTemplate jdbc;

  AuditChain(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Appends the entries in order; must run inside the transaction of the action they record. */
  void append(List<Pending> entries) {
    if (entries.isEmpty()) {
      return;
    }
    var head = jdbc.queryForMap("SELECT last_id, last_hash FROM audit_head WHERE id = 1 FOR UPDATE");
    long id = ((Number) head.get("last_id")).longValue();
    String previous = (String) head.get("last_hash");
    List<Object[]> rows = new ArrayList<>(entries.size());
    for (Pending entry : entries) {
      id++;
      String hash = ChainHash.of(id, previous, entry.businessKey(), entry.at(), entry.actor(), entry.actorName(), entry.action().name(),
          entry.text(), entry.unitCode(), entry.subject());
      rows.add(new Object[] {id, entry.businessKey(), Timestamp.from(entry.at()), entry.actor(), entry.actorName(), entry.action().name(),
          entry.text(), entry.unitCode(), entry.subject(), previous, hash});
      previous = hash;
    }
    // One batch: a decision writes an entry per person it names (hundreds), all under the head's lock.
    jdbc.batchUpdate("INSERT INTO audit_entry (id, business_key, recorded_at, actor, actor_name, action, text, unit_code, subject,"
        + " previous_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
    jdbc.update("UPDATE audit_head SET last_id = ?, last_hash = ? WHERE id = 1", id, previous);
  }

  /**
   * Walks every entry in order: numbers without gaps, each previous hash the hash before it, each
   * hash recomputed from the row, and the head naming the last entry (a removed tail shows there).
   */
  Verification verify() {
    long[] expectedId = {1};
    String[] previous = {ChainHash.START};
    Long[] broken = {null};
    jdbc.query("SELECT * FROM audit_entry ORDER BY id", rs -> {
      if (broken[0] != null) {
        return;
      }
      long id = rs.getLong("id");
      Instant at = rs.getObject("recorded_at", OffsetDateTime.class).toInstant();
      String hash = ChainHash.of(id, rs.getString("previous_hash"), rs.getString("business_key"), at, rs.getString("actor"),
          rs.getString("actor_name"), rs.getString("action"), rs.getString("text"), rs.getString("unit_code"), rs.getString("subject"));
      if (id != expectedId[0] || !previous[0].equals(rs.getString("previous_hash")) || !hash.equals(rs.getString("hash"))) {
        broken[0] = Math.min(id, expectedId[0]);
        return;
      }
      expectedId[0] = id + 1;
      previous[0] = hash;
    });
    long entries = expectedId[0] - 1;
    if (broken[0] == null) {
      var head = jdbc.queryForMap("SELECT last_id, last_hash FROM audit_head WHERE id = 1");
      if (((Number) head.get("last_id")).longValue() != entries || !previous[0].equals(head.get("last_hash"))) {
        broken[0] = entries + 1;
      }
    }
    long total = jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry", Long.class);
    return new Verification(broken[0] == null, total, broken[0]);
  }
}
