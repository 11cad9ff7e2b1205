package vn.laichau.sxd.thidua.security;

import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Permissions.READ_HISTORY;
import static org.camunda.bpm.engine.authorization.Permissions.READ_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ_TASK;
import static org.camunda.bpm.engine.authorization.Resources.APPLICATION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_REQUIREMENTS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DEPLOYMENT;
import static org.camunda.bpm.engine.authorization.Resources.GROUP;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.TASK;
import static org.camunda.bpm.engine.authorization.Resources.USER;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.laichau.sxd.thidua.organisation.CamundaGroups;
import vn.laichau.sxd.thidua.organisation.OrganisationChanged;
import vn.laichau.sxd.thidua.organisation.Unit;

/**
 * Every permission that a role has, granted explicitly (DESIGN §7). Task work itself is not
 * granted here: the engine grants READ and TASK_WORK to a task's candidate groups and assignee
 * when the task is created, so a unit head sees exactly the tasks routed to their units.
 * Managers read everything and change nothing.
 */
@Component
class AccessPolicy {

  /** Processes the secretariat starts by hand. Later processes add their keys here. */
  static final List<String> SECRETARIAT_STARTS = List.of("emulation-registration", "commendation-round", "periodic-review");

  private static final List<String> OBSERVERS = List.of(CamundaGroups.MANAGERS, CamundaGroups.DIRECTOR, CamundaGroups.SECRETARIAT);

  private final AuthorizationService authorizations;

  public AccessPolicy(AuthorizationService authorizations) {
    this.authorizations = authorizations;
  }

  @EventListener
  public void onOrganisationChanged(OrganisationChanged event) {
    grants(event.units()).forEach(grant -> grant.applyTo(authorizations));
  }

  static List<Grant> grants(List<Unit> units) {
    List<Grant> grants = new ArrayList<>();
    grants.add(Grant.toEveryone(USER, "*", READ));
    grants.add(Grant.toEveryone(GROUP, "*", READ));

    List<String> tasklistUsers = new ArrayList<>(CamundaGroups.ROLE_GROUPS.keySet());
    for (Unit unit : units) {
      tasklistUsers.add(CamundaGroups.unitHead(unit.code()));
      tasklistUsers.add(CamundaGroups.unitStaff(unit.code()));
      grants.add(Grant.toGroup(CamundaGroups.unitHead(unit.code()), PROCESS_DEFINITION, "*", READ));
    }
    tasklistUsers.forEach(group -> grants.add(Grant.toGroup(group, APPLICATION, "tasklist", ACCESS)));
    grants.add(Grant.toGroup(CamundaGroups.COUNCIL, PROCESS_DEFINITION, "*", READ));

    for (String observer : OBSERVERS) {
      grants.add(Grant.toGroup(observer, APPLICATION, "cockpit", ACCESS));
      grants.add(Grant.toGroup(observer, PROCESS_DEFINITION, "*", READ, READ_INSTANCE, READ_HISTORY, READ_TASK));
      grants.add(Grant.toGroup(observer, PROCESS_INSTANCE, "*", READ));
      grants.add(Grant.toGroup(observer, TASK, "*", READ));
      grants.add(Grant.toGroup(observer, DEPLOYMENT, "*", READ));
      grants.add(Grant.toGroup(observer, DECISION_DEFINITION, "*", READ, READ_HISTORY));
      grants.add(Grant.toGroup(observer, DECISION_REQUIREMENTS_DEFINITION, "*", READ));
    }

    grants.add(Grant.toGroup(CamundaGroups.SECRETARIAT, PROCESS_INSTANCE, "*", CREATE));
    for (String processKey : SECRETARIAT_STARTS) {
      grants.add(Grant.toGroup(CamundaGroups.SECRETARIAT, PROCESS_DEFINITION, processKey, READ, CREATE_INSTANCE));
    }
    return grants;
  }
}
