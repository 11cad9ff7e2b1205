package vn.laichau.sxd.thidua.webapp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.laichau.sxd.thidua.organisation.CamundaGroups;
import vn.laichau.sxd.thidua.organisation.OrganisationChanged;
import vn.laichau.sxd.thidua.organisation.Unit;
import vn.laichau.sxd.thidua.security.Grant;

/**
 * The shared Tasklist filters, one set per role, kept up to date with the organisation: created or
 * brought back to their definition whenever the organisation is (re)loaded, and shared by READ
 * grants to the role's groups. Only administrators may create filters (DESIGN §7), so the
 * application creates them. Engine authorization still limits every filter to the tasks the user
 * may see; the criteria only sort that work by role.
 */
@Component
class TasklistFilters {

  /** Who sees a filter: a role group, every unit-head group, or everyone. */
  private enum Audience { EVERYONE, UNIT_HEADS, SECRETARIAT, COUNCIL, COUNCIL_CHAIR, DIRECTOR }

  private record Definition(String name, String description, int priority, String color, Audience audience,
      Function<TaskService, TaskQuery> query) {
  }

  /** Listed after the role filters, so Tasklist opens on the work of the user's unit or role. */
  static final String ALL_MY_WORK = "Việc của tôi";
  /** The name of the everyone filter before role filters existed; renamed in place so users keep it. */
  private static final String ALL_MY_WORK_BEFORE = "Công việc của tôi";

  private static final List<Definition> DEFINITIONS = List.of(
      new Definition(ALL_MY_WORK, "Công việc đã giao cho bạn hoặc bạn đã nhận; việc chung của đơn vị, nhóm nằm ở các bộ lọc phía trên",
          10, "#1f4e79", Audience.EVERYONE, tasks -> tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}")),
      new Definition("Việc của đơn vị tôi", "Công việc giao cho đơn vị, nhóm của bạn", -9, "#2e75b6", Audience.UNIT_HEADS,
          tasks -> tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks()),
      new Definition("Việc sắp đến hạn", "Công việc đến hạn trong 3 ngày tới hoặc đã quá hạn", -8, "#c00000", Audience.UNIT_HEADS,
          tasks -> tasks.createTaskQuery().dueBeforeExpression("${dateTime().plusDays(3).toDate()}")),
      new Definition("Việc của Văn phòng", "Mọi công việc giao cho Văn phòng Sở (thường trực Hội đồng)", -7, "#385723",
          Audience.SECRETARIAT, tasks -> tasks.createTaskQuery().taskCandidateGroup(CamundaGroups.SECRETARIAT).includeAssignedTasks()),
      new Definition("Hồ sơ chờ thẩm định", "Đề nghị khen thưởng, hồ sơ trình tỉnh, điển hình chờ Văn phòng thẩm định", -6, "#548235",
          Audience.SECRETARIAT, tasks -> tasks.createTaskQuery()
              .taskDefinitionKeyIn("appraise", "prepareDossier", "screenExemplar", "resolveObjection", "councilConclusion")),
      new Definition("Đăng ký chờ duyệt", "Đăng ký thi đua của các đơn vị chờ Văn phòng xem xét", -5, "#70ad47", Audience.SECRETARIAT,
          tasks -> tasks.createTaskQuery().taskDefinitionKey("reviewUnitRegistration")),
      new Definition("Phiếu bầu của tôi", "Phiếu biểu quyết của bạn trong các phiên họp Hội đồng", -4, "#7030a0", Audience.COUNCIL,
          tasks -> tasks.createTaskQuery().processDefinitionKey("council-session").taskAssigneeExpression("${currentUser()}")),
      new Definition("Việc của Chủ tịch Hội đồng", "Ý kiến của Hội đồng chờ Chủ tịch Hội đồng ghi nhận", -4, "#7f6000",
          Audience.COUNCIL_CHAIR, tasks -> tasks.createTaskQuery().taskCandidateGroup(CamundaGroups.COUNCIL_CHAIR).includeAssignedTasks()),
      new Definition("Chờ Giám đốc phê duyệt", "Quyết định, phê duyệt, ký tờ trình chờ Giám đốc", -3, "#bf9000", Audience.DIRECTOR,
          tasks -> tasks.createTaskQuery().taskCandidateGroup(CamundaGroups.DIRECTOR).includeAssignedTasks()));

  private final FilterService filterService;
  private final TaskService taskService;
  private final AuthorizationService authorizations;

  public TasklistFilters(FilterService filterService, TaskService taskService, AuthorizationService authorizations) {
    this.filterService = filterService;
    this.taskService = taskService;
    this.authorizations = authorizations;
  }

  @EventListener
  @Order(20)
  @Transactional
  public void onOrganisationChanged(OrganisationChanged event) {
    Filter before = filterService.createFilterQuery().filterName(ALL_MY_WORK_BEFORE).singleResult();
    if (before != null && filterService.createFilterQuery().filterName(ALL_MY_WORK).count() == 0) {
      filterService.saveFilter(before.setName(ALL_MY_WORK));
    }
    for (Definition definition : DEFINITIONS) {
      Filter filter = filterService.createFilterQuery().filterName(definition.name()).singleResult();
      if (filter == null) {
        filter = filterService.newTaskFilter(definition.name());
      }
      filter.setQuery(definition.query().apply(taskService));
      filter.setProperties(Map.of("description", definition.description(), "priority", definition.priority(), "color", definition.color(),
          "refresh", true));
      filterService.saveFilter(filter);
      for (Grant grant : grants(definition.audience(), filter.getId(), event.units())) {
        grant.applyTo(authorizations);
      }
    }
  }

  private static List<Grant> grants(Audience audience, String filterId, List<Unit> units) {
    List<Grant> grants = new ArrayList<>();
    switch (audience) {
      case EVERYONE -> grants.add(Grant.toEveryone(Resources.FILTER, filterId, Permissions.READ));
      case UNIT_HEADS -> units.forEach(unit -> grants.add(Grant.toGroup(CamundaGroups.unitHead(unit.code()), Resources.FILTER, filterId,
          Permissions.READ)));
      case SECRETARIAT -> grants.add(Grant.toGroup(CamundaGroups.SECRETARIAT, Resources.FILTER, filterId, Permissions.READ));
      case COUNCIL -> grants.add(Grant.toGroup(CamundaGroups.COUNCIL, Resources.FILTER, filterId, Permissions.READ));
      case COUNCIL_CHAIR -> grants.add(Grant.toGroup(CamundaGroups.COUNCIL_CHAIR, Resources.FILTER, filterId, Permissions.READ));
      case DIRECTOR -> grants.add(Grant.toGroup(CamundaGroups.DIRECTOR, Resources.FILTER, filterId, Permissions.READ));
    }
    return grants;
  }
}
