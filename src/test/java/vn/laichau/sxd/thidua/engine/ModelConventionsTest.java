package vn.laichau.sxd.thidua.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ScriptTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaScript;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The conventions of DESIGN §3 and §4 for every model in bpmn/, checked on the files themselves. */
class ModelConventionsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  static Stream<Path> models() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
      List<Path> models = files.filter(p -> p.toString().endsWith(".bpmn")).sorted().toList();
      assertThat(models).isNotEmpty();
      return models.stream();
    }
  }

  static Set<String> formIds() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("forms"))) {
      return files.filter(p -> p.toString().endsWith(".form")).map(ModelConventionsTest::formId).collect(Collectors.toSet());
    }
  }

  private static String formId(Path file) {
    try {
      String id = JSON.readTree(file.toFile()).path("id").asText();
      assertThat(file.getFileName().toString()).as("form file named after its id").isEqualTo(id + ".form");
      return id;
    } catch (IOException e) {
      throw new AssertionError(file + " is not valid JSON", e);
    }
  }

  @ParameterizedTest
  @MethodSource("models")
  void processKeyIsTheFileNameAndHasHistoryTimeToLiveAndAVietnameseName(Path file) {
    BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
    Process process = model.getModelElementsByType(Process.class).iterator().next();
    assertThat(file.getFileName().toString()).isEqualTo(process.getId() + ".bpmn");
    assertThat(process.getCamundaHistoryTimeToLiveString()).as("historyTimeToLive of %s", file).isNotBlank();
    assertThat(process.getName()).matches(ModelConventionsTest::isVietnamese);
  }

  @ParameterizedTest
  @MethodSource("models")
  void hasNoScripts(Path file) {
    BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
    assertThat(model.getModelElementsByType(ScriptTask.class)).isEmpty();
    assertThat(model.getModelElementsByType(CamundaScript.class)).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("models")
  void everyUserTaskHasAnExistingFormAndCandidateGroupsAndAVietnameseName(Path file) throws IOException {
    Set<String> forms = formIds();
    for (UserTask task : Bpmn.readModelFromFile(file.toFile()).getModelElementsByType(UserTask.class)) {
      assertThat(task.getCamundaFormRef()).as("form of %s", task.getId()).isIn(forms);
      assertThat(task.getCamundaFormRefBinding()).as("form binding of %s", task.getId()).isEqualTo("deployment");
      boolean routedByGroup = task.getCamundaCandidateGroups() != null;
      boolean assignedByExpression = task.getCamundaAssignee() != null && task.getCamundaAssignee().startsWith("${");
      assertThat(routedByGroup || assignedByExpression).as("%s routed by candidate groups", task.getId()).isTrue();
      assertThat(task.getName()).matches(ModelConventionsTest::isVietnamese);
      assertThat(task.getCamundaDueDate()).as("due date of %s", task.getId()).isNotBlank();
    }
  }

  @ParameterizedTest
  @MethodSource("models")
  void startEventsThatPeopleFillHaveAnExistingForm(Path file) throws IOException {
    Set<String> forms = formIds();
    BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
    Process process = model.getModelElementsByType(Process.class).iterator().next();
    for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
      boolean topLevel = start.getParentElement() == process;
      if (start.getCamundaFormRef() != null || topLevel && process.getCamundaCandidateStarterGroups() != null) {
        assertThat(start.getCamundaFormRef()).as("start form of %s", start.getId()).isIn(forms);
      }
      assertThat(start.getCamundaFormKey()).as("no legacy form keys").isNull();
    }
  }

  @ParameterizedTest
  @MethodSource("models")
  void exclusiveGatewaysHaveADefaultFlow(Path file) {
    for (ExclusiveGateway gateway : Bpmn.readModelFromFile(file.toFile()).getModelElementsByType(ExclusiveGateway.class)) {
      if (gateway.getOutgoing().size() > 1) {
        assertThat(gateway.getDefault()).as("default flow of %s", gateway.getId()).isNotNull();
      }
    }
  }

  @ParameterizedTest
  @MethodSource("models")
  void everyFlowNodeIsNamedInVietnamese(Path file) {
    for (FlowNode node : Bpmn.readModelFromFile(file.toFile()).getModelElementsByType(FlowNode.class)) {
      if (!(node instanceof org.camunda.bpm.model.bpmn.instance.Gateway) || node.getOutgoing().size() > 1) {
        assertThat(node.getName()).as("name of %s", node.getId()).matches(ModelConventionsTest::isVietnamese);
      }
    }
  }

  /** A diagram shows names as written: a name is plain words; a user task's title with its values is the property "title". */
  @ParameterizedTest
  @MethodSource("models")
  void namesOnTheDiagramHoldNoExpression(Path file) {
    BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
    for (FlowElement element : model.getModelElementsByType(FlowElement.class)) {
      assertThat(element.getName()).as("name of %s", element.getId()).satisfiesAnyOf(
          name -> assertThat(name).isNull(), name -> assertThat(name).doesNotContain("${", "#{"));
    }
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      if (task.getExtensionElements() != null) {
        task.getExtensionElements().getElementsQuery().filterByType(CamundaProperties.class).list().stream()
            .flatMap(properties -> properties.getCamundaProperties().stream()).filter(p -> "title".equals(p.getCamundaName()))
            .forEach(title -> assertThat(title.getCamundaValue()).as("title of %s", task.getId()).matches(ModelConventionsTest::isVietnamese));
      }
    }
  }

  static Stream<Path> decisions() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
      return files.filter(p -> p.toString().endsWith(".dmn")).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("decisions")
  void everyDecisionIsNamedAfterItsFileAndGivesAReasonAndALegalBasisOnEveryRow(Path file) {
    DmnModelInstance model = Dmn.readModelFromFile(file.toFile());
    Decision decision = model.getModelElementsByType(Decision.class).iterator().next();
    assertThat(file.getFileName().toString()).isEqualTo(decision.getId() + ".dmn");
    assertThat(decision.getCamundaHistoryTimeToLiveString()).isNotBlank();
    assertThat(decision.getName()).matches(ModelConventionsTest::isVietnamese);
    DecisionTable table = model.getModelElementsByType(DecisionTable.class).iterator().next();
    List<String> outputs = table.getOutputs().stream().map(Output::getName).toList();
    assertThat(outputs).contains("reason", "legalBasis");
    for (Rule rule : table.getRules()) {
      var entries = List.copyOf(rule.getOutputEntries());
      for (String column : List.of("reason", "legalBasis")) {
        String text = entries.get(outputs.indexOf(column)).getTextContent();
        assertThat(text).as("%s of %s", column, rule.getId()).isNotBlank().matches(ModelConventionsTest::isVietnamese);
      }
    }
  }

  /** Vietnamese text has at least one letter outside ASCII (a diacritic or đ). */
  static boolean isVietnamese(String text) {
    return text != null && text.chars().anyMatch(c -> c > 127 && Character.isLetter(c));
  }
}
