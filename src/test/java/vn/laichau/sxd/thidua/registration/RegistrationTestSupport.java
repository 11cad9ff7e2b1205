package vn.laichau.sxd.thidua.registration;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.jdbc.core.JdbcTemplate;

/** Shared steps of the registration tests: a clean slate, a fixed clock, form data as Tasklist sends it. */
public final class RegistrationTestSupport {

  public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  private RegistrationTestSupport() {
  }

  public static void cleanSlate(RuntimeService runtimeService, JdbcTemplate jdbc) {
    for (String key : java.util.List.of("emulation-registration", "exemplar-cycle")) {
      var ids = runtimeService.createProcessInstanceQuery().processDefinitionKey(key).list().stream().map(p -> p.getId()).toList();
      if (!ids.isEmpty()) {
        runtimeService.deleteProcessInstances(ids, "test clean-up", true, true);
      }
    }
    jdbc.update("DELETE FROM exemplar_event");
    jdbc.update("DELETE FROM exemplar");
    jdbc.update("DELETE FROM unit_registration");
    jdbc.update("DELETE FROM registered_subject");
    jdbc.update("DELETE FROM notice WHERE dedup_key LIKE 'DK-%'");
    jdbc.update("DELETE FROM emulation_registration");
  }

  /** A fresh registration for 2027, opened on Monday 04/01/2027; returns its process instance id. */
  public static String openFresh2027(RuntimeService runtimeService, JdbcTemplate jdbc) {
    cleanSlate(runtimeService, jdbc);
    today(LocalDate.of(2027, 1, 4));
    return runtimeService.startProcessInstanceByKey("emulation-registration", java.util.Map.of("year", 2027)).getId();
  }

  public static void today(LocalDate day) {
    ClockUtil.setCurrentTime(Date.from(day.atTime(9, 0).atZone(VIETNAM).toInstant()));
  }

  public static LocalDateTime inVietnam(Date date) {
    return date.toInstant().atZone(VIETNAM).toLocalDateTime();
  }

  /** A valid unit registration, with the candidates list as the Camunda Form sends it (JSON). */
  public static VariableMap registration(String candidateName) {
    return Variables.createVariables()
        .putValue("unitTitle", "TTLDTT")
        .putValueTyped("individualTitles", SpinValues.jsonValue("[]").create())
        .putValueTyped("indicatorTargets", SpinValues.jsonValue("{\"target1\":100,\"indicator1\":\"Đúng hạn\",\"target2\":100,"
            + "\"target3\":98.5,\"target4\":1,\"target5\":100,\"target6\":95}").create())
        .putValueTyped("candidates", SpinValues.jsonValue("[{\"name\":\"" + candidateName + "\",\"kind\":\"SANG_KIEN\","
            + "\"owner\":\"Tổ chuyên môn\",\"expectedResult\":\"Rút ngắn thời gian xử lý\",\"schedule\":\"Quý II–IV\"}]").create());
  }

  public static VariableMap review(String decision, String note) {
    return Variables.createVariables().putValue("reviewDecision", decision).putValue("reviewNote", note);
  }
}
