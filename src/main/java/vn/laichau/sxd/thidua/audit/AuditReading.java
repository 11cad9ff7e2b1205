package vn.laichau.sxd.thidua.audit;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import vn.laichau.sxd.thidua.engine.InvalidInputException;
import vn.laichau.sxd.thidua.organisation.CamundaGroups;

/**
 * A dossier's entries, oldest first, as far as the reader may see them: the secretariat, the
 * Director, managers and administrators every entry; a unit head the entries of their units; anyone
 * the entries about themselves.
 */
@Service
public class AuditReading {

  /** One entry as a reader sees it; {@code actorName} is «Hệ thống» for the engine's own steps. */
  public record Line(long id, Instant at, String actor, String actorName, String action, String text) {
  }

  static final Set<String> READ_EVERYTHING = Set.of(CamundaGroups.ADMIN, CamundaGroups.SECRETARIAT,
      CamundaGroups.DIRECTOR, CamundaGroups.MANAGERS);

  private final NamedParameterJdbcTemplate jdbc;
  private final IdentityService identityService;

  AuditReading(NamedParameterJdbcTemplate jdbc, IdentityService identityService) {
    this.jdbc = jdbc;
    this.identityService = identityService;
  }

  /** Refuses a missing or overlong key with a Vietnamese message. */
  public List<Line> of(String businessKey) {
    if (businessKey == null || businessKey.isBlank() || businessKey.length() > 100) {
      throw new InvalidInputException("businessKey", "Hãy cho biết mã hồ sơ (businessKey).");
    }
    Authentication reader = identityService.getCurrentAuthentication();
    List<String> groups = reader == null || reader.getGroupIds() == null ? List.of() : reader.getGroupIds();
    boolean everything = groups.stream().anyMatch(READ_EVERYTHING::contains);
    List<String> units = groups.stream().map(CamundaGroups::unitOfHeadGroup).flatMap(Optional::stream).toList();
    MapSqlParameterSource params = new MapSqlParameterSource("key", businessKey).addValue("everything", everything)
        .addValue("anyUnit", !units.isEmpty()).addValue("units", units.isEmpty() ? List.of("") : units)
        .addValue("me", reader == null ? "" : reader.getUserId());
    return jdbc.query("SELECT id, recorded_at, actor, actor_name, action, text FROM audit_entry WHERE business_key = :key"
            + " AND (:everything OR (:anyUnit AND unit_code IN (:units)) OR subject = :me) ORDER BY id", params,
        (rs, i) -> new Line(rs.getLong("id"), rs.getObject("recorded_at", OffsetDateTime.class).toInstant(), rs.getString("actor"),
            rs.getString("actor_name"), rs.getString("action"), rs.getString("text")));
  }
}
