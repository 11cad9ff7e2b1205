package vn.laichau.sxd.thidua.nomination;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.TreeSet;
import org.springframework.stereotype.Component;
import vn.laichau.sxd.thidua.decision.AwardsRegisterService;
import vn.laichau.sxd.thidua.decision.CommendationType;
import vn.laichau.sxd.thidua.engine.DmnTables;
import vn.laichau.sxd.thidua.evaluation.EvaluationService;
import vn.laichau.sxd.thidua.organisation.OrganisationService;
import vn.laichau.sxd.thidua.registration.RegistrationService;

/**
 * A fingerprint of everything a unit's eligibility list is computed from, read cheaply from each
 * owner: the year's evaluations (count and last import), the awards register (its newest entry),
 * the year's approved registration, the unit's staff, the rules' reading and the tables' versions.
 * Equal fingerprints, equal lists; the same on every node.
 */
@Component
class EligibilityInputs {

  private static final String[] TABLES = {"individual-title-criteria", "collective-title-criteria", "ad-hoc-criteria"};

  private final EvaluationService evaluations;
  private final AwardsRegisterService register;
  private final RegistrationService registration;
  private final OrganisationService organisation;
  private final NominationRulesProperties rules;
  private final DmnTables dmn;

  EligibilityInputs(EvaluationService evaluations, AwardsRegisterService register, RegistrationService registration,
      OrganisationService organisation, NominationRulesProperties rules, DmnTables dmn) {
    this.evaluations = evaluations;
    this.register = register;
    this.registration = registration;
    this.organisation = organisation;
    this.rules = rules;
    this.dmn = dmn;
  }

  String stamp(int year, String unitCode, CommendationType type) {
    StringBuilder inputs = new StringBuilder().append(year).append('|').append(unitCode).append('|').append(type)
        .append('|').append(evaluations.stamp(year))
        .append('|').append(register.lastEntryId())
        .append('|').append(new TreeSet<>(registration.registeredSubjects(year)))
        .append('|').append(organisation.unitName(unitCode))
        .append('|').append(organisation.staffOf(unitCode))
        .append('|').append(rules.cstdcsReading(year));
    for (String table : TABLES) {
      inputs.append('|').append(dmn.version(table));
    }
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(inputs.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
