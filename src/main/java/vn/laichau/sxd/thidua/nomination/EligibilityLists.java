package vn.laichau.sxd.thidua.nomination;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.laichau.sxd.thidua.decision.CommendationType;

/**
 * Eligibility lists as stored (table {@code eligibility_list}): computed when a unit's task asks for
 * its list, and again only when one of its inputs has changed ({@link EligibilityInputs}); every
 * other read (the round's API, the forms, the check of a unit's nominations) takes the stored list.
 */
@Service
class EligibilityLists {

  private static final TypeReference<List<NomineeEligibility>> LIST = new TypeReference<>() {
  };

  private final EligibilityService eligibility;
  private final EligibilityInputs inputs;
  private final JdbcTemplate jdbc;
  private final ObjectMapper json;
  private final TransactionTemplate ownTransaction;

  EligibilityLists(EligibilityService eligibility, EligibilityInputs inputs, JdbcTemplate jdbc, ObjectMapper json,
      PlatformTransactionManager transactions) {
    this.eligibility = eligibility;
    this.inputs = inputs;
    this.jdbc = jdbc;
    this.json = json;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  List<NomineeEligibility> forRound(int year, String unitCode, CommendationType type) {
    String stamp = inputs.stamp(year, unitCode, type);
    Optional<String> stored = jdbc.queryForList("SELECT content FROM eligibility_list WHERE eval_year = ? AND unit_code = ?"
        + " AND commendation_type = ? AND inputs_stamp = ?", String.class, year, unitCode, type.name(), stamp).stream().findFirst();
    if (stored.isPresent()) {
      return read(stored.get());
    }
    List<NomineeEligibility> computed = eligibility.forRound(year, unitCode, type);
    store(year, unitCode, type, stamp, write(computed));
    return computed;
  }

  /**
   * In a transaction of its own, so that a list stored by another node in the same instant (a
   * duplicate key) costs nothing but this write, not the step that asked for the list.
   */
  private void store(int year, String unitCode, CommendationType type, String stamp, String content) {
    Timestamp now = new Timestamp(ClockUtil.getCurrentTime().getTime());
    try {
      ownTransaction.executeWithoutResult(status -> {
        int updated = jdbc.update("UPDATE eligibility_list SET inputs_stamp = ?, content = ?, computed_at = ? WHERE eval_year = ?"
            + " AND unit_code = ? AND commendation_type = ?", stamp, content, now, year, unitCode, type.name());
        if (updated == 0) {
          jdbc.update("INSERT INTO eligibility_list (eval_year, unit_code, commendation_type, inputs_stamp, content, computed_at)"
              + " VALUES (?, ?, ?, ?, ?, ?)", year, unitCode, type.name(), stamp, content, now);
        }
      });
    } catch (DataIntegrityViolationException storedMeanwhile) {
      // another node stored the same list first
    }
  }

  private List<NomineeEligibility> read(String content) {
    try {
      return json.readValue(content, LIST);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private String write(List<NomineeEligibility> list) {
    try {
      return json.writeValueAsString(list);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
