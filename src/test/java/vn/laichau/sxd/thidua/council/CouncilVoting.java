package vn.laichau.sxd.thidua.council;

import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.jdbc.core.JdbcTemplate;

/** Test step shared by the processes that call a council session: members vote on the whole agenda. */
public final class CouncilVoting {

  private CouncilVoting() {
  }

  /** The council session called by {@code parent}, where {@code voters} members vote {@code choice} on every item. */
  public static void vote(RuntimeService runtimeService, TaskService taskService, JdbcTemplate jdbc, ProcessInstance parent, int voters,
      String choice) {
    ProcessInstance session = runtimeService.createProcessInstanceQuery().superProcessInstanceId(parent.getId())
        .processDefinitionKey("council-session").singleResult();
    long sessionId = ((Number) runtimeService.getVariable(session.getId(), "sessionId")).longValue();
    StringBuilder ballot = new StringBuilder("[");
    for (Long item : jdbc.queryForList("SELECT id FROM agenda_item WHERE session_id = ? ORDER BY position", Long.class, sessionId)) {
      ballot.append(ballot.length() > 1 ? "," : "").append("{\"itemId\":\"").append(item).append("\",\"choice\":\"").append(choice).append("\"}");
    }
    String choices = ballot.append("]").toString();
    List<Task> ballots = taskService.createTaskQuery().processInstanceId(session.getId()).list();
    ballots.subList(0, voters).forEach(t -> taskService.complete(t.getId(), Variables.createVariables().putValue("ballot", choices)));
  }
}
