package vn.laichau.sxd.thidua.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.laichau.sxd.thidua.Http;
import vn.laichau.sxd.thidua.ThiduaTest;
import vn.laichau.sxd.thidua.organisation.OrganisationService;

/**
 * Tasklist's filters at 1,000, 10,000 and 50,000 open tasks, through Tasklist's own HTTP API (the
 * webapp session, engine authorization on): the first page and the count of every filter a unit
 * head, the secretariat, a council member and the Director start with. One task per unit and one
 * for the secretariat are made through the engine (name, due date, candidate group and the
 * authorization the engine gives that group), then copied in SQL with new ids (task, candidate
 * link, authorization): 1% for the unit head's unit, 1% for the secretariat, the rest spread over
 * the other nine units. Everything is removed at the end. Not a timed test. Run: see docs/benchmarks.md.
 */
@ThiduaTest
class TaskListBenchmark {

  private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
  private static final int[] SIZES = {1_000, 10_000, 50_000};
  private static final int WARM_UP = 5;
  private static final int MEASURED = 40;
  private static final String COPY = "-bench-";
  private static final int TASK = org.camunda.bpm.engine.authorization.Resources.TASK.resourceType();
  private static final String SORTING = "{\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}]}";
  private static final Map<String, String> USERS = Map.of("truongphong.qhkt", "trưởng phòng", "thuky", "Văn phòng",
      "bithudoan", "thành viên Hội đồng", "giamdoc", "Giám đốc");

  @LocalServerPort int port;
  @Autowired TaskService taskService;
  @Autowired org.camunda.bpm.engine.RepositoryService repositoryService;
  @Autowired OrganisationService organisation;
  @Autowired JdbcTemplate jdbc;

  @Test
  void everyRoleFilterAtEverySize() throws IOException {
    List<String> units = organisation.activeUnitCodes();
    Map<String, String> templates = new LinkedHashMap<>();
    for (String unit : units) {
      templates.put(unit, template("unit-head-" + unit.toLowerCase(), "registerUnit", "Đăng ký thi đua năm 2027 — " + organisation.unitName(unit)));
    }
    String review = template("secretariat", "reviewUnitRegistration", "Xem xét đăng ký thi đua năm 2027 — Phòng Quy hoạch – Kiến trúc");
    List<String> others = units.stream().filter(unit -> !unit.equals("QHKT")).map(templates::get).toList();
    StringBuilder text = new StringBuilder(String.format("Tasklist: trang đầu (15 việc) và số đếm của mỗi bộ lọc, qua API HTTP của Tasklist,"
        + " phân quyền engine bật; %d lần mỗi phép đo, p50 / p95 (ms). Tải hệ thống: %s%n", MEASURED, LoadAverage.now()));
    try {
      for (int size : SIZES) {
        int own = size / 100;
        copy(templates.get("QHKT"), own - 1 - countCopies(templates.get("QHKT")));
        copy(review, own - 1 - countCopies(review));
        int rest = size - open();
        for (int i = 0; i < others.size() && rest > 0; i++) {
          int share = rest / (others.size() - i);
          copy(others.get(i), share);
          rest -= share;
        }
        jdbc.execute("ANALYZE");
        text.append(String.format("%nViệc đang mở: %d%n", open()));
        for (String user : List.of("truongphong.qhkt", "thuky", "bithudoan", "giamdoc")) {
          measure(user, text);
        }
      }
    } finally {
      removeCopies();
      templates.values().forEach(this::remove);
      remove(review);
    }
    System.out.println(text);
    Path out = Path.of("target", "benchmarks", "task-lists.txt");
    Files.createDirectories(out.getParent());
    Files.writeString(out, text.toString());
  }

  /** A task for the group, made through the engine (so that its candidate link and authorization are the engine's own). */
  private String template(String group, String taskKey, String name) {
    Task task = taskService.newTask();
    task.setName(name);
    task.setDueDate(Date.from(LocalDate.of(2027, 3, 31).atTime(17, 0).atZone(VIETNAM).toInstant()));
    taskService.saveTask(task);
    taskService.addCandidateGroup(task.getId(), group);
    // Of the registration process, as a real one is (Tasklist links each task to its process definition).
    String definition = repositoryService.createProcessDefinitionQuery().processDefinitionKey("emulation-registration").latestVersion()
        .singleResult().getId();
    jdbc.update("UPDATE act_ru_task SET task_def_key_ = ?, proc_def_id_ = ? WHERE id_ = ?", taskKey, definition, task.getId());
    return task.getId();
  }

  private int open() {
    return jdbc.queryForObject("SELECT COUNT(*) FROM act_ru_task", Integer.class);
  }

  private int countCopies(String taskId) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM act_ru_task WHERE id_ LIKE ?", Integer.class, taskId + COPY + "%");
  }

  /** {@code count} copies of the task, numbered after those already made; each with the template's candidate-group link and authorization. */
  private void copy(String taskId, int count) {
    if (count <= 0) {
      return;
    }
    int from = countCopies(taskId) + 1;
    String newId = "t.id_ || '" + COPY + "' || g";
    jdbc.update(insert("act_ru_task", Map.of("id_", newId)) + " FROM act_ru_task t CROSS JOIN generate_series(?, ?) g"
        + " WHERE t.id_ = ?", from, from + count - 1, taskId);
    Map<String, String> link = Map.of("id_", "t.id_ || '" + COPY + "' || g", "task_id_", "t.task_id_ || '" + COPY + "' || g");
    Map<String, String> authorization = Map.of("id_", "t.id_ || '" + COPY + "' || g", "resource_id_", "t.resource_id_ || '" + COPY + "' || g");
    jdbc.update(insert("act_ru_identitylink", link) + " FROM act_ru_identitylink t CROSS JOIN generate_series(?, ?) g WHERE t.task_id_ = ?",
        from, from + count - 1, taskId);
    jdbc.update(insert("act_ru_authorization", authorization) + " FROM act_ru_authorization t CROSS JOIN generate_series(?, ?) g"
        + " WHERE t.resource_type_ = " + TASK + " AND t.resource_id_ = ?", from, from + count - 1, taskId);
  }

  /** INSERT INTO table (every column) SELECT every column as it is, but those given. */
  private String insert(String table, Map<String, String> replaced) {
    List<String> columns = jdbc.queryForList("SELECT column_name FROM information_schema.columns WHERE table_name = ? ORDER BY ordinal_position",
        String.class, table);
    List<String> values = columns.stream().map(c -> replaced.getOrDefault(c, "t." + c)).toList();
    return "INSERT INTO " + table + " (" + String.join(", ", columns) + ") SELECT " + String.join(", ", values);
  }

  /** A template task, as the copies go (its history stays, as a finished task's would). */
  private void remove(String taskId) {
    jdbc.update("DELETE FROM act_ru_authorization WHERE resource_type_ = " + TASK + " AND resource_id_ = ?", taskId);
    jdbc.update("DELETE FROM act_ru_identitylink WHERE task_id_ = ?", taskId);
    jdbc.update("DELETE FROM act_ru_task WHERE id_ = ?", taskId);
  }

  private void removeCopies() {
    jdbc.update("DELETE FROM act_ru_authorization WHERE resource_type_ = " + TASK + " AND resource_id_ LIKE ?", "%" + COPY + "%");
    jdbc.update("DELETE FROM act_ru_identitylink WHERE task_id_ LIKE ?", "%" + COPY + "%");
    jdbc.update("DELETE FROM act_ru_task WHERE id_ LIKE ?", "%" + COPY + "%");
  }

  private void measure(String user, StringBuilder text) {
    Http.Webapp session = new Http(port).login("tasklist", user, Http.DEMO_PASSWORD);
    List<Map<String, Object>> filters = new ArrayList<>();
    Http.Response filterList = session.send(session.request("/camunda/api/engine/engine/default/filter?resourceType=Task&firstResult=0&maxResults=2000")
        .header("Accept", "application/json").GET());
    filterList.json()
        .forEach(f -> filters.add(Map.of("id", f.path("id").asText(), "name", f.path("name").asText())));
    for (Map<String, Object> filter : filters) {
      String base = "/camunda/api/engine/engine/default/filter/" + filter.get("id");
      List<Long> list = new ArrayList<>();
      List<Long> count = new ArrayList<>();
      long visible = 0;
      for (int i = 0; i < WARM_UP + MEASURED; i++) {
        long start = System.nanoTime();
        // As Tasklist asks: POST with the page's sorting.
        Http.Response page = session.post(base + "/list?firstResult=0&maxResults=15", SORTING);
        long listed = System.nanoTime() - start;
        start = System.nanoTime();
        Http.Response counted = session.post(base + "/count", SORTING);
        long countedIn = System.nanoTime() - start;
        assertThat(page.status()).as(filter.get("name") + ": " + page.body()).isEqualTo(200);
        assertThat(counted.status()).isEqualTo(200);
        visible = counted.json().path("count").asLong();
        if (i >= WARM_UP) {
          list.add(listed / 1000);
          count.add(countedIn / 1000);
        }
      }
      text.append(String.format("  %-18s %-28s %6d việc   trang đầu %6.0f / %6.0f   đếm %6.0f / %6.0f%n", USERS.get(user), filter.get("name"),
          visible, Percentiles.millis(list, 50), Percentiles.millis(list, 95), Percentiles.millis(count, 50), Percentiles.millis(count, 95)));
    }
  }
}
