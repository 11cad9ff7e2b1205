package vn.laichau.sxd.thidua.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.laichau.sxd.thidua.AsUser;
import vn.laichau.sxd.thidua.ThiduaTest;
import vn.laichau.sxd.thidua.registration.RegistrationTestSupport;

/** Each role opens Tasklist on its own Vietnamese filters, and each filter holds the work its name says. */
@ThiduaTest
class TasklistFiltersTest {

  @Autowired FilterService filterService;
  @Autowired IdentityService identityService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired JdbcTemplate jdbc;

  @BeforeEach
  void openRegistration() {
    RegistrationTestSupport.openFresh2027(runtimeService, jdbc);
  }

  @AfterEach
  void cleanUp() {
    identityService.clearAuthentication();
    RegistrationTestSupport.cleanSlate(runtimeService, jdbc);
    ClockUtil.reset();
  }

  private <T> T as(String user, java.util.function.Supplier<T> work) {
    return AsUser.call(identityService, user, work);
  }

  private List<String> filtersOf(String user) {
    return as(user, () -> filterService.createFilterQuery().orderByFilterName().asc().listPage(0, 100).stream().map(Filter::getName).toList());
  }

  private List<Task> tasks(String user, String filterName) {
    return as(user, () -> {
      Filter filter = filterService.createFilterQuery().filterName(filterName).singleResult();
      return filterService.<Task>listPage(filter.getId(), 0, 100);
    });
  }

  @Test
  void everyRoleSeesItsOwnFilters() {
    assertThat(filtersOf("truongphong.ptdt")).containsExactlyInAnyOrder("Việc của tôi", "Việc của đơn vị tôi", "Việc sắp đến hạn");
    assertThat(filtersOf("thuky")).containsExactlyInAnyOrder("Việc của tôi", "Việc của Văn phòng", "Hồ sơ chờ thẩm định", "Đăng ký chờ duyệt");
    assertThat(filtersOf("bithudoan")).containsExactlyInAnyOrder("Việc của tôi", "Phiếu bầu của tôi");
    assertThat(filtersOf("phogiamdoc")).contains("Việc của tôi", "Phiếu bầu của tôi", "Chờ Giám đốc phê duyệt")
        .doesNotContain("Hồ sơ chờ thẩm định");
    assertThat(filtersOf("giamdoc")).contains("Việc của Chủ tịch Hội đồng");
  }

  @Test
  void theUnitFiltersHoldTheUnitsWorkAndWhatIsSoonDue() {
    List<Task> unitWork = tasks("truongphong.ptdt", "Việc của đơn vị tôi");
    assertThat(unitWork).singleElement().satisfies(t -> assertThat(t.getName()).endsWith("Phòng Phát triển đô thị và Hạ tầng kỹ thuật"));
    assertThat(tasks("truongphong.ptdt", "Việc sắp đến hạn")).as("due 31/03/2027, today 04/01/2027").isEmpty();

    ClockUtil.setCurrentTime(Date.from(LocalDate.of(2027, 3, 29).atTime(9, 0).atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant()));
    assertThat(tasks("truongphong.ptdt", "Việc sắp đến hạn")).hasSize(1);
    assertThat(tasks("thuky", "Đăng ký chờ duyệt")).isEmpty();
  }

  /** "Việc của tôi" means what it says: the person's own tasks, not every task of their unit or group. */
  @Test
  void myWorkHoldsOnlyWhatIsAssignedToMe() {
    assertThat(tasks("truongphong.ptdt", "Việc của tôi")).as("the unit's registration is the unit's work until claimed").isEmpty();
    assertThat(tasks("thuky", "Việc của tôi")).isEmpty();
    Task unitTask = tasks("truongphong.ptdt", "Việc của đơn vị tôi").get(0);
    taskService.claim(unitTask.getId(), "truongphong.ptdt");
    assertThat(tasks("truongphong.ptdt", "Việc của tôi")).extracting(Task::getId).containsExactly(unitTask.getId());
  }

  @Test
  void theFiltersAreKeptOnceWhateverTheNumberOfStarts() {
    assertThat(filterService.createFilterQuery().filterName("Việc của đơn vị tôi").count()).isEqualTo(1);
    assertThat(filterService.createFilterQuery().filterName("Công việc của tôi").count()).isZero();
    Map<String, Object> properties = filterService.createFilterQuery().filterName("Việc sắp đến hạn").singleResult().getProperties();
    assertThat(properties).containsEntry("description", "Công việc đến hạn trong 3 ngày tới hoặc đã quá hạn");
  }
}
