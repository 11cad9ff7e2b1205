package vn.laichau.sxd.thidua.organisation;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/**
 * Our copy of the organisation. Nothing is deleted: units and people that leave the file are
 * marked inactive so that history (registrations, awards) keeps pointing at them.
 */
@Repository
class OrganisationRepository {

  private static final RowMapper<Unit> UNIT =
      (rs, i) -> new Unit(rs.getString("code"), rs.getString("name"), UnitKind.valueOf(rs.getString("kind")), rs.getInt("sort_order"));

  private final JdbcTemplate jdbc;

  public OrganisationRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Makes the stored organisation equal to the given one. Runs in the caller's transaction. */
  public void replaceWith(Organisation organisation) {
    jdbc.update("UPDATE org_unit SET active = FALSE");
    for (Unit unit : organisation.units()) {
      int updated = jdbc.update("UPDATE org_unit SET name = ?, kind = ?, sort_order = ?, active = TRUE WHERE code = ?",
          unit.name(), unit.kind().name(), unit.sortOrder(), unit.code());
      if (updated == 0) {
        jdbc.update("INSERT INTO org_unit (code, name, kind, sort_order, active) VALUES (?, ?, ?, ?, TRUE)",
            unit.code(), unit.name(), unit.kind().name(), unit.sortOrder());
      }
    }
    jdbc.update("UPDATE person SET active = FALSE");
    jdbc.update("DELETE FROM person_role");
    for (Person person : organisation.people()) {
      int updated = jdbc.update("UPDATE person SET full_name = ?, position = ?, unit_code = ?, staff_category = ?, email = ?, active = TRUE WHERE username = ?",
          person.fullName(), person.position(), person.unitCode(), person.staffCategory().name(), person.email(), person.username());
      if (updated == 0) {
        jdbc.update("INSERT INTO person (username, full_name, position, unit_code, staff_category, email, active) VALUES (?, ?, ?, ?, ?, ?, TRUE)",
            person.username(), person.fullName(), person.position(), person.unitCode(), person.staffCategory().name(), person.email());
      }
      for (Role role : person.roles()) {
        jdbc.update("INSERT INTO person_role (username, role) VALUES (?, ?)", person.username(), role.name());
      }
    }
  }

  public List<Unit> activeUnits() {
    return jdbc.query("SELECT code, name, kind, sort_order FROM org_unit WHERE active ORDER BY sort_order",
        UNIT);
  }

  public Optional<Unit> findUnit(String code) {
    return jdbc.query("SELECT code, name, kind, sort_order FROM org_unit WHERE code = ?",
        UNIT,
        code).stream().findFirst();
  }

  /** The active staff of a unit with their names, ordered by username. */
  public List<StaffMember> staffOf(String unitCode) {
    return jdbc.query("SELECT username, full_name, position FROM person WHERE active AND unit_code = ? ORDER BY username",
        (rs, i) -> new StaffMember(rs.getString("username"), rs.getString("full_name"), rs.getString("position")), unitCode);
  }

  /** The active people who hold the role, by username. */
  List<StaffMember> holdersOf(Role role) {
    return jdbc.query("SELECT p.username, p.full_name, p.position FROM person p JOIN person_role r ON r.username = p.username"
            + " WHERE p.active AND r.role = ? ORDER BY p.username",
        (rs, i) -> new StaffMember(rs.getString("username"), rs.getString("full_name"), rs.getString("position")), role.name());
  }

  /** A person's position as imported ("Phó Giám đốc Sở"), if the person is in the organisation. */
  Optional<String> fullNameOf(String username) {
    return jdbc.queryForList("SELECT full_name FROM person WHERE username = ?", String.class, username).stream().findFirst();
  }

  Optional<String> positionOf(String username) {
    return jdbc.queryForList("SELECT position FROM person WHERE username = ?", String.class, username).stream().findFirst();
  }

  /** Everyone ever imported, active or not: the people HR files may still name. */
  Set<String> allUsernames() {
    return new HashSet<>(jdbc.queryForList("SELECT username FROM person", String.class));
  }

  /** Every unit ever imported, active or not. */
  Set<String> allUnitCodes() {
    return new HashSet<>(jdbc.queryForList("SELECT code FROM org_unit", String.class));
  }

  public List<String> inactiveUsernames() {
    return jdbc.queryForList("SELECT username FROM person WHERE NOT active", String.class);
  }
}
