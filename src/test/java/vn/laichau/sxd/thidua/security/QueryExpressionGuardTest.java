package vn.laichau.sxd.thidua.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.FilterService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.laichau.sxd.thidua.Http;
import vn.laichau.sxd.thidua.ThiduaTest;

/** CVE-2026-109432: no expression may travel in orQueries, on any engine API. */
@ThiduaTest
class QueryExpressionGuardTest {

  private static final String REFUSAL = "Truy vấn bị từ chối: không được dùng biểu thức (${…} hoặc #{…}) trong orQueries.";
  private static final String SMUGGLED = "{\"orQueries\":[{\"assigneeExpression\":\"${currentUser()}\"}]}";
  private static final String PLAIN = "{\"orQueries\":[{\"assignee\":\"thuky\",\"candidateGroup\":\"secretariat\"}]}";

  @Autowired FilterService filterService;
  @LocalServerPort int port;
  Http http;

  @BeforeEach
  void setUp() {
    http = new Http(port);
  }

  @AfterEach
  void removeTestFilters() {
    filterService.createFilterQuery().filterName("Bộ lọc thử").list().forEach(f -> filterService.deleteFilter(f.getId()));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      SMUGGLED,
      "{\"orQueries\":[{\"candidateGroupExpression\":\"#{someBean.run()}\"}]}",
      "{\"orQueries\":[{\"processVariables\":[{\"name\":\"x\",\"operator\":\"eq\",\"value\":\"${1+1}\"}]}]}",
      "{\"or\\u0051ueries\":[{\"assignee\\u0045xpression\":\"\\u0024{currentUser()}\"}]}",
      "{\"orqueries\":[{\"assigneeExpression\":\"${currentUser()}\"}]}"})
  void engineRestRefusesExpressionsInOrQueries(String query) {
    for (String path : new String[] {"/engine-rest/task?maxResults=10", "/engine-rest/task/count"}) {
      Http.Response response = http.post(path, "admin", query);
      assertThat(response.status()).as(path).isEqualTo(400);
      assertThat(response.json().path("message").asText()).isEqualTo(REFUSAL);
    }
  }

  @Test
  void getQueriesAreCheckedToo() {
    String orQueries = URLEncoder.encode("[{\"assigneeExpression\":\"${currentUser()}\"}]", StandardCharsets.UTF_8);
    assertThat(http.get("/engine-rest/task?maxResults=10&orQueries=" + orQueries, "admin").status()).isEqualTo(400);
    assertThat(http.get("/engine-rest/task/count?orQueries=" + orQueries, "admin").status()).isEqualTo(400);
  }

  @Test
  void theSameQueriesWithoutExpressionsStillWork() {
    assertThat(http.post("/engine-rest/task?maxResults=10", "thuky", PLAIN).status()).isEqualTo(200);
    assertThat(http.post("/engine-rest/task/count", "thuky", PLAIN).status()).isEqualTo(200);
    var tasklist = http.login("tasklist", "thuky", "demo");
    assertThat(tasklist.post("/camunda/api/engine/engine/default/task/count", PLAIN).status()).isEqualTo(200);
  }

  @Test
  void tasklistsOwnApiRefusesThemToo() {
    var tasklist = http.login("tasklist", "thuky", "demo");
    Http.Response list = tasklist.post("/camunda/api/engine/engine/default/task?firstResult=0&maxResults=15", SMUGGLED);
    assertThat(list.status()).isEqualTo(400);
    assertThat(list.json().path("message").asText()).isEqualTo(REFUSAL);
    assertThat(tasklist.post("/camunda/api/engine/engine/default/task/count", SMUGGLED).status()).isEqualTo(400);
  }

  @Test
  void storedFiltersCannotCarryThem() {
    String smuggling = "{\"resourceType\":\"Task\",\"name\":\"Bộ lọc thử\",\"query\":" + SMUGGLED + "}";
    assertThat(http.post("/engine-rest/filter/create", "admin", smuggling).status()).isEqualTo(400);
    assertThat(filterService.createFilterQuery().filterName("Bộ lọc thử").count()).isZero();

    String allowed = "{\"resourceType\":\"Task\",\"name\":\"Bộ lọc thử\",\"query\":" + PLAIN + "}";
    Http.Response created = http.post("/engine-rest/filter/create", "admin", allowed);
    assertThat(created.status()).isEqualTo(200);
    String id = created.json().path("id").asText();
    assertThat(http.post("/engine-rest/filter/" + id + "/list?maxResults=10", "admin", SMUGGLED).status()).isEqualTo(400);
    assertThat(http.send(http.request("/engine-rest/filter/" + id, "admin").header("Content-Type", "application/json")
        .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(smuggling))).status()).isEqualTo(400);
  }

  @Test
  void onlyAdministratorsCreateFilters() {
    String filter = "{\"resourceType\":\"Task\",\"name\":\"Bộ lọc thử\",\"query\":{}}";
    assertThat(http.post("/engine-rest/filter/create", "thuky", filter).status()).isEqualTo(403);
    assertThat(http.post("/engine-rest/filter/create", "giamdoc", filter).status()).isEqualTo(403);
  }

  @Test
  void adHocQueriesRefuseExpressionsOutsideOrQueriesAsWell() {
    Http.Response response = http.post("/engine-rest/task?maxResults=10", "thuky", "{\"assigneeExpression\":\"${currentUser()}\"}");
    assertThat(response.status()).isEqualTo(400);
  }
}
