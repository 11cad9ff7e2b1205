package vn.laichau.sxd.thidua.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.laichau.sxd.thidua.Http;
import vn.laichau.sxd.thidua.ThiduaTest;

@ThiduaTest
class EvaluationImportTest {

  private static final String HEADER = "username,rating,monthsWorked,absenceDays,discipline,underInvestigation,registered,initiativeScope,acceptedScienceWork\n";

  @Autowired EvaluationService evaluations;
  @Autowired JdbcTemplate jdbc;
  @LocalServerPort int port;
  Http http;

  @BeforeEach
  void setUp() {
    http = new Http(port);
  }

  @AfterEach
  void removeYear2026() {
    jdbc.update("DELETE FROM person_evaluation WHERE eval_year = 2026");
  }

  @Test
  void theDemoShipsLastYearsEvaluations() {
    assertThat(evaluations.people(2025)).hasSize(54)
        .filteredOn(e -> e.username().equals("truongphong.qhkt")).singleElement()
        .satisfies(e -> assertThat(e.rating()).isEqualTo(Rating.HTXSNV));
    assertThat(evaluations.units(2025)).hasSize(10);
  }

  @Test
  void theSecretariatImportsAYearThroughTheApi() {
    Http.Response response = http.post("/api/evaluations/2026/people", "thuky", "text/csv",
        HEADER + "truongphong.qhkt,HTXSNV,12,0,NONE,false,true,PROVINCE,false\n");
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.json().path("people").asInt()).isEqualTo(1);
    assertThat(http.get("/api/evaluations/2026/people", "giamdoc").json().findValuesAsText("username")).containsExactly("truongphong.qhkt");
  }

  @Test
  void aBadFileIsRefusedAsAWholeAndChangesNothing() {
    http.post("/api/evaluations/2026/people", "thuky", "text/csv", HEADER + "truongphong.qhkt,HTXSNV,12,0,NONE,false,true,PROVINCE,false\n");

    Http.Response response = http.post("/api/evaluations/2026/people", "thuky", "text/csv",
        HEADER + "truongphong.qlxd,HTTNV,12,0,NONE,false,true,NONE,false\nkhong.ai,HTTNV,12,0,NONE,false,true,NONE,false\n");

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().path("message").asText()).isEqualTo("Tệp đánh giá không hợp lệ, không có gì được nhập.");
    assertThat(response.json().path("problems").get(0).asText()).isEqualTo("Dòng 3: 'khong.ai' không có trong danh sách tổ chức.");
    assertThat(evaluations.people(2026)).extracting(PersonEvaluation::username).containsExactly("truongphong.qhkt");
  }

  @Test
  void onlyTheSecretariatImportsAndOnlyObserversRead() {
    String file = HEADER + "truongphong.qhkt,HTXSNV,12,0,NONE,false,true,PROVINCE,false\n";
    assertThat(http.post("/api/evaluations/2026/people", "truongphong.qhkt", "text/csv", file).status()).isEqualTo(403);
    assertThat(http.post("/api/evaluations/2026/people", "giamdoc", "text/csv", file).status()).isEqualTo(403);
    assertThat(http.get("/api/evaluations/2025/people", "truongphong.qhkt").status()).isEqualTo(403);
    assertThat(http.get("/api/evaluations/2025/people", null).status()).isEqualTo(401);
  }
}
