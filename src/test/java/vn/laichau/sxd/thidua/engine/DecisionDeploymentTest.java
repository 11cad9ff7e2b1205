package vn.laichau.sxd.thidua.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.laichau.sxd.thidua.Http;
import vn.laichau.sxd.thidua.ThiduaTest;

/** The decisions of DESIGN §4 are deployed with their contract keys and evaluated with Vietnam's dates. */
@ThiduaTest
class DecisionDeploymentTest {

  @Autowired RepositoryService repositoryService;
  @Autowired DecisionService decisionService;
  @LocalServerPort int port;

  @ParameterizedTest
  @ValueSource(strings = {"individual-title-criteria", "collective-title-criteria", "award-routing", "vote-rule",
      "reward-amount", "dossier-checklist", "ad-hoc-criteria"})
  void everyDecisionOfTheContractIsDeployed(String key) {
    assertThat(repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey(key).latestVersion().count()).isEqualTo(1);
  }

  @Test
  void theEngineReadsADateInVietnamWhateverTheServersZone() {
    // The tests run in UTC (see pom.xml), where 00:30 on 01/7/2025 in Vietnam is still 30/6.
    Date decided = Date.from(LocalDate.of(2025, 7, 1).atTime(0, 30).atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant());
    var result = decisionService.evaluateDecisionTableByKey("reward-amount", Variables.createVariables()
        .putValue("awardCode", "GIAY_KHEN_GD_SO").putValue("subjectType", "INDIVIDUAL").putValue("decisionDate", decided));
    assertThat(result.getSingleResult().<Double>getEntry("coefficient")).isEqualTo(0.3);
  }

  @Test
  void aRestClientsDateIsReadInVietnamToo() {
    String body = "{\"variables\":{\"awardCode\":{\"value\":\"GIAY_KHEN_GD_SO\"},\"subjectType\":{\"value\":\"INDIVIDUAL\"},"
        + "\"decisionDate\":{\"value\":\"2025-07-01T00:30:00.000+0700\",\"type\":\"Date\"}}}";
    Http.Response response = new Http(port).post("/engine-rest/decision-definition/key/reward-amount/evaluate", "admin", body);
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.json().get(0).path("coefficient").path("value").asDouble()).isEqualTo(0.3);
  }
}
