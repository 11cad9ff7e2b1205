package vn.laichau.sxd.thidua.webapp;

import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.laichau.sxd.thidua.security.Grant;

/**
 * The shared Tasklist filter every user opens on. It has no criteria: engine authorization already
 * limits each user to the tasks routed to their groups or assigned to them. Only administrators
 * may create filters (DESIGN §7), so the application creates the shared ones itself.
 */
@Component
@Order(20)
public class TasklistFilters implements ApplicationRunner {

  static final String ALL_MY_WORK = "Công việc của tôi";

  private final FilterService filterService;
  private final TaskService taskService;
  private final AuthorizationService authorizations;

  public TasklistFilters(FilterService filterService, TaskService taskService, AuthorizationService authorizations) {
    this.filterService = filterService;
    this.taskService = taskService;
    this.authorizations = authorizations;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    Filter filter = filterService.createFilterQuery().filterName(ALL_MY_WORK).singleResult();
    if (filter == null) {
      filter = filterService.newTaskFilter(ALL_MY_WORK)
          .setQuery(taskService.createTaskQuery())
          .setProperties(Map.of(
              "description", "Mọi công việc giao cho bạn hoặc cho đơn vị, nhóm của bạn",
              "priority", -10,
              "color", "#1f4e79",
              "refresh", true));
      filterService.saveFilter(filter);
    }
    Grant.toEveryone(Resources.FILTER, filter.getId(), Permissions.READ).applyTo(authorizations);
  }
}
