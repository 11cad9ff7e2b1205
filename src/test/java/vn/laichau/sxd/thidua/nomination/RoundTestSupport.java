package vn.laichau.sxd.thidua.nomination;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.laichau.sxd.thidua.Jobs;
import vn.laichau.sxd.thidua.council.CouncilVoting;

/** The steps that round, council and submission tests share: a clean slate, a fixed clock, people working their tasks. */
@Component
public class RoundTestSupport {

  public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
  public static final String PROVINCE_DECISION = "TEST-345/QĐ-UBND";

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired ManagementService managementService;
  @Autowired ProcessEngine processEngine;
  @Autowired JdbcTemplate jdbc;

  /** Also hands the engine to camunda-bpm-assert, whose assertions the process tests use. */
  public void cleanUp() {
    BpmnAwareTests.init(processEngine);
    ClockUtil.reset();
    for (String key : List.of("commendation-round", "council-session", "provincial-submission", "document-generation")) {
      List<String> ids = runtimeService.createProcessInstanceQuery().processDefinitionKey(key).list().stream().map(p -> p.getId()).toList();
      if (!ids.isEmpty()) {
        runtimeService.deleteProcessInstances(ids, "test clean-up", true, true);
      }
    }
    // Test clean-up only: the application never deletes from the register.
    jdbc.update("DELETE FROM award_entry WHERE decision_number = ? OR decision_number IN (SELECT doc_number FROM document"
        + " WHERE kind = 'QUYET_DINH_KHEN_THUONG')", PROVINCE_DECISION);
    jdbc.update("DELETE FROM document_unit");
    jdbc.update("DELETE FROM document");
    jdbc.update("DELETE FROM nomination");
    jdbc.update("DELETE FROM provincial_submission");
    jdbc.update("DELETE FROM commendation_round");
    jdbc.update("DELETE FROM notice");
  }

  public static void today(LocalDate day) {
    ClockUtil.setCurrentTime(Date.from(day.atTime(9, 0).atZone(VIETNAM).toInstant()));
  }

  /** Opens the 2025 annual round; the units' tasks are created by one job per unit, run here. */
  public ProcessInstance openRound() {
    ProcessInstance round = runtimeService.startProcessInstanceByKey("commendation-round", Map.of("year", 2025, "commendationType", "CONG_TRANG"));
    runDueJobs();
    return round;
  }

  public ProcessInstance openAdHocRound(String unitCode) {
    ProcessInstance round = runtimeService.startProcessInstanceByKey("commendation-round",
        Map.of("year", 2026, "commendationType", "DOT_XUAT", "proposingUnit", unitCode));
    runDueJobs();
    return round;
  }

  public Task task(ProcessInstance round, String activity, String unitCode) {
    return taskService.createTaskQuery().processInstanceId(round.getId()).taskDefinitionKey(activity).list().stream()
        .filter(t -> unitCode.equals(taskService.getVariable(t.getId(), "unitCode"))).findFirst().orElseThrow();
  }

  public Task single(ProcessInstance instance, String activity) {
    return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(activity).singleResult();
  }

  public void nominate(ProcessInstance round, String unitCode, String nominations) {
    taskService.complete(task(round, "nominate", unitCode).getId(), Variables.createVariables().putValue("nominations", nominations)
        .putValue("nominatesNobody", "[]".equals(nominations)));
  }

  public void accept(Task appraise) {
    taskService.complete(appraise.getId(), Variables.createVariables().putValue("appraisalDecision", "ACCEPT").putValue("dossierComplete", true)
        .putValue("quotaAcknowledged", true).putValue("quotaReason", "Đơn vị có nhiều thành tích nổi bật"));
  }

  public void nominateNothingElseAndAcceptAll(ProcessInstance round) {
    for (Task open : taskService.createTaskQuery().processInstanceId(round.getId()).taskDefinitionKey("nominate").list()) {
      taskService.complete(open.getId(), Variables.createVariables().putValue("nominations", "[]").putValue("nominatesNobody", true));
    }
    taskService.createTaskQuery().processInstanceId(round.getId()).taskDefinitionKey("appraise").list().forEach(this::accept);
  }

  public ProcessInstance session(ProcessInstance round) {
    return runtimeService.createProcessInstanceQuery().superProcessInstanceId(round.getId()).processDefinitionKey("council-session")
        .singleResult();
  }

  public ProcessInstance submission(ProcessInstance round) {
    return runtimeService.createProcessInstanceQuery().superProcessInstanceId(round.getId()).processDefinitionKey("provincial-submission")
        .singleResult();
  }

  /** {@code voters} council members vote {@code choice} on every item; the others do not vote. */
  public void councilVotes(ProcessInstance round, int voters, String choice) {
    CouncilVoting.vote(runtimeService, taskService, jdbc, round, voters, choice);
    runDueJobs();
  }

  public void councilVotes(ProcessInstance round, int voters) {
    councilVotes(round, voters, "AGREE");
  }

  /** Runs every job that is due on the engine clock, as the job executor would. */
  public void runDueJobs() {
    Jobs.runDue(managementService);
  }

  /** The Director decides with the date given; the decision's number, from the register, is returned (null when nothing was the Director's). */
  public String decide(ProcessInstance round, String date) {
    return decide(round, date, "giamdoc");
  }

  /** The given leader claims the decision and decides; the decision's number is returned. */
  public String decide(ProcessInstance round, String date, String leader) {
    String task = single(round, "decide").getId();
    taskService.claim(task, leader);
    taskService.complete(task, Variables.createVariables().putValue("decisionDate", date));
    return decisionNumber(round);
  }

  /** The number the round's decision took from the register, if the Director decided anything. */
  public String decisionNumber(ProcessInstance round) {
    var variable = historyService.createHistoricVariableInstanceQuery().processInstanceId(round.getId()).variableName("decisionNumber")
        .singleResult();
    return variable == null ? null : (String) variable.getValue();
  }
}
