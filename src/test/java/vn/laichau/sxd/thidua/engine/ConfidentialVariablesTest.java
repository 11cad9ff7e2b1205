package vn.laichau.sxd.thidua.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.laichau.sxd.thidua.ThiduaTest;

/** A confidential variable reaches its listener and nothing else: no table keeps it. */
@ThiduaTest
class ConfidentialVariablesTest {

  private static final String SECRET = "PHIEU-KIN-7f3a";
  static final List<String> RECEIVED = new ArrayList<>();

  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired FormService formService;
  @Autowired HistoryService historyService;
  @Autowired JdbcTemplate jdbc;
  String deployment;

  /** Stands in for the council's ballot listener: reads the ballot, then removes it. */
  public static class ReceiveBallot implements TaskListener {
    @Override
    public void notify(DelegateTask task) {
      RECEIVED.add(String.valueOf(task.getVariable("ballot")));
      task.getExecution().removeVariable("ballot");
    }
  }

  @BeforeEach
  void deploy() {
    RECEIVED.clear();
    BpmnModelInstance model = Bpmn.createExecutableProcess("test-confidential").name("Phiếu kín thử").camundaHistoryTimeToLive(1)
        .startEvent().userTask("vote").name("Bỏ phiếu").camundaAssignee("${voter}")
        .camundaTaskListenerClass("complete", ReceiveBallot.class.getName())
        .endEvent().done();
    deployment = repositoryService.createDeployment().addModelInstance("test-confidential.bpmn", model).deploy().getId();
  }

  @AfterEach
  void undeploy() {
    repositoryService.deleteDeployment(deployment, true);
  }

  @Test
  void aBallotSubmittedThroughTheFormLeavesNoTrace() {
    String instance = runtimeService.startProcessInstanceByKey("test-confidential", Map.of("voter", "bithudoan")).getId();
    String task = taskService.createTaskQuery().processInstanceId(instance).singleResult().getId();

    formService.submitTaskForm(task, Variables.createVariables()
        .putValueTyped("ballot", SpinValues.jsonValue("[{\"item\":1,\"choice\":\"" + SECRET + "\"}]").create())
        .putValue("note", "có mặt"));

    assertThat(RECEIVED).singleElement().asString().contains(SECRET);
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(instance).variableName("ballot").count()).isZero();
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(instance).variableName("note").count())
        .as("other variables keep their history").isEqualTo(1);
    assertThat(historyService.createHistoricTaskInstanceQuery().processInstanceId(instance).singleResult().getAssignee())
        .as("who voted is still known").isEqualTo("bithudoan");
    assertNoTableHolds(SECRET);
  }

  @Test
  void aBallotCompletedThroughTheApiLeavesNoTraceEither() {
    String instance = runtimeService.startProcessInstanceByKey("test-confidential", Map.of("voter", "chutichcongdoan")).getId();
    String task = taskService.createTaskQuery().processInstanceId(instance).singleResult().getId();

    taskService.complete(task, Variables.createVariables().putValue("ballot", "[{\"item\":1,\"choice\":\"" + SECRET + "\"}]"));

    assertThat(RECEIVED).hasSize(1);
    assertNoTableHolds(SECRET);
  }

  /** Every text and binary column of every table of this database, engine's and ours. */
  private void assertNoTableHolds(String secret) {
    List<Map<String, Object>> columns = jdbc.queryForList("SELECT table_name, column_name, data_type FROM information_schema.columns"
        + " WHERE table_schema IN ('public', 'PUBLIC')");
    assertThat(columns).hasSizeGreaterThan(100);
    for (Map<String, Object> column : columns) {
      String table = (String) column.get("table_name");
      String name = (String) column.get("column_name");
      String type = ((String) column.get("data_type")).toLowerCase();
      boolean text = type.contains("char") || type.contains("text") || type.contains("clob");
      boolean binary = type.contains("bytea") || type.contains("binary") || type.contains("blob");
      if (!text && !binary) {
        continue;
      }
      for (Object value : jdbc.queryForList("SELECT \"" + name + "\" FROM \"" + table + "\"", Object.class)) {
        String content = value instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : String.valueOf(value);
        assertThat(content).as("%s.%s", table, name).doesNotContain(secret);
      }
    }
  }
}
