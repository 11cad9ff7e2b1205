package vn.laichau.sxd.thidua.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.laichau.sxd.thidua.ThiduaTest;

/**
 * Every model in bpmn/ is deployed by the application, and every form it references (binding
 * "deployment") is deployed with it.
 */
@ThiduaTest
class FormDeploymentTest {

  @Autowired RepositoryService repositoryService;

  @Test
  void everyReferencedFormIsDeployedWithItsProcess() throws IOException {
    List<ProcessDefinition> definitions = repositoryService.createProcessDefinitionQuery().latestVersion().list();
    Set<String> deployedKeys = new HashSet<>();
    for (ProcessDefinition definition : definitions) {
      deployedKeys.add(definition.getKey());
      Set<String> forms = deployedFormIds(definition.getDeploymentId());
      BpmnModelInstance model = repositoryService.getBpmnModelInstance(definition.getId());
      for (UserTask task : model.getModelElementsByType(UserTask.class)) {
        assertThat(task.getCamundaFormRef()).as("form of %s in %s", task.getId(), definition.getKey()).isIn(forms);
      }
      for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
        if (start.getCamundaFormRef() != null) {
          assertThat(start.getCamundaFormRef()).isIn(forms);
        }
      }
    }
    try (var files = java.nio.file.Files.list(java.nio.file.Path.of("bpmn"))) {
      files.filter(f -> f.toString().endsWith(".bpmn"))
          .forEach(f -> assertThat(deployedKeys).contains(f.getFileName().toString().replace(".bpmn", "")));
    }
  }

  private Set<String> deployedFormIds(String deploymentId) throws IOException {
    Set<String> ids = new HashSet<>();
    for (String resource : repositoryService.getDeploymentResourceNames(deploymentId)) {
      if (resource.endsWith(".form")) {
        try (InputStream in = repositoryService.getResourceAsStream(deploymentId, resource)) {
          ids.add(new ObjectMapper().readTree(in).path("id").asText());
        }
      }
    }
    return ids;
  }
}
