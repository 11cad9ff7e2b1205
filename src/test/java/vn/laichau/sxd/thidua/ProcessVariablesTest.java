package vn.laichau.sxd.thidua;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.support.SimpleBeanDefinitionRegistry;
import org.springframework.context.annotation.AnnotationBeanNameGenerator;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;
import vn.laichau.sxd.thidua.engine.Variable;

/**
 * Each process reads and writes its variables through one typed accessor (DESIGN §3): every
 * variable a model's expressions, mappings and forms name is declared there, and no main code
 * names a variable by a string of its own.
 */
class ProcessVariablesTest {

  private static final String ROOT = "vn.laichau.sxd.thidua.";
  private static final String NOTICE = ROOT + "notification.NoticeVariables";

  /** Each process and the accessors that declare its variables (a reminder step's parameters are the notification's). */
  static final Map<String, List<String>> ACCESSORS = Map.of(
      "emulation-registration", List.of(ROOT + "registration.RegistrationVariables"),
      "exemplar-cycle", List.of(ROOT + "exemplar.ExemplarVariables", NOTICE),
      "commendation-round", List.of(ROOT + "nomination.RoundVariables", NOTICE),
      "provincial-submission", List.of(ROOT + "submission.SubmissionVariables", NOTICE),
      "council-session", List.of(ROOT + "council.CouncilVariables"),
      "periodic-review", List.of(ROOT + "indicator.ReviewVariables", NOTICE),
      "document-generation", List.of(ROOT + "document.DocumentGenerationVariables"));

  /** Names the expression language gives meaning to itself. */
  private static final Set<String> EL_WORDS = Set.of("true", "false", "null", "empty", "not", "and", "or", "eq", "ne", "lt", "gt", "le",
      "ge", "div", "mod", "instanceof", "execution", "task", "authenticatedUserId", "loopCounter", "nrOfInstances",
      "nrOfActiveInstances", "nrOfCompletedInstances");
  private static final Pattern EXPRESSION = Pattern.compile("[$#]\\{(.*?)}", Pattern.DOTALL);
  private static final Pattern IDENTIFIER = Pattern.compile("(?<![.\\w])([A-Za-z_]\\w*)(?!\\s*\\()");
  private static final Pattern STRING_LITERAL = Pattern.compile("'[^']*'|\"[^\"]*\"");
  private static final Pattern BEAN_CALL = Pattern.compile("[$#]\\{!?\\s*([A-Za-z]\\w*)\\.\\w+\\(");
  private static final Pattern NAMED_ACCESS = Pattern.compile(
      "(?:get|set|remove)Variables?(?:Local)?(?:Typed)?\\(\\s*\"|putValue(?:Typed)?\\(\\s*\"|startProcessInstanceByKey\\([^;]*Map\\.of\\(\\s*\"");

  static Stream<String> processes() {
    return ACCESSORS.keySet().stream().sorted();
  }

  @ParameterizedTest
  @MethodSource("processes")
  void everyVariableAModelOrItsFormsNameIsDeclared(String process) throws Exception {
    Set<String> declared = declared(process);
    Set<String> named = new TreeSet<>();
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Document model = factory.newDocumentBuilder().parse(Path.of("bpmn", process + ".bpmn").toFile());
    Set<String> beans = beanNames();
    NodeList elements = model.getElementsByTagNameNS("*", "*");
    for (int i = 0; i < elements.getLength(); i++) {
      Element element = (Element) elements.item(i);
      NamedNodeMap attributes = element.getAttributes();
      for (int a = 0; a < attributes.getLength(); a++) {
        String attribute = attributes.item(a).getLocalName();
        String value = attributes.item(a).getNodeValue();
        expressionNames(value).stream().filter(name -> !beans.contains(name)).forEach(named::add);
        if (Set.of("elementVariable", "source", "target").contains(attribute)
            || attribute.equals("name") && Set.of("inputParameter", "outputParameter").contains(element.getLocalName())) {
          named.add(value);
        }
        if (attribute.equals("formRef")) {
          named.addAll(formVariables(value));
        }
      }
      if (isLeaf(element)) {
        expressionNames(element.getTextContent()).stream().filter(name -> !beans.contains(name)).forEach(named::add);
      }
    }
    assertThat(named).as("variables of %s not declared by %s", process, ACCESSORS.get(process)).isSubsetOf(declared);
  }

  /** The expression language calls a bean's methods by reflection, which only reaches methods of public classes. */
  @Test
  void beansTheModelsCallArePublic() throws Exception {
    Map<String, String> beans = beanClasses();
    Set<String> called = new TreeSet<>();
    try (Stream<Path> models = Files.list(Path.of("bpmn"))) {
      for (Path model : models.filter(f -> f.toString().endsWith(".bpmn")).toList()) {
        Matcher call = BEAN_CALL.matcher(Files.readString(model));
        while (call.find()) {
          if (beans.containsKey(call.group(1))) {
            called.add(call.group(1));
          }
        }
      }
    }
    assertThat(called).isNotEmpty();
    for (String bean : called) {
      assertThat(Modifier.isPublic(Class.forName(beans.get(bean)).getModifiers())).as("bean %s is public", bean).isTrue();
    }
  }

  @Test
  void mainCodeNamesNoVariableByAStringOfItsOwn() throws IOException {
    List<String> offences = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        Matcher matcher = NAMED_ACCESS.matcher(Files.readString(file));
        while (matcher.find()) {
          offences.add(file + ": " + matcher.group());
        }
      }
    }
    assertThat(offences).as("read and write variables through the process's accessor").isEmpty();
  }

  @Test
  void everyAccessorIsListedHere() throws IOException {
    Set<String> accessors = new HashSet<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      files.filter(f -> f.getFileName().toString().endsWith("Variables.java")).forEach(f -> accessors.add(
          f.toString().replace("src/main/java/", "").replace(".java", "").replace('/', '.')));
    }
    accessors.remove(ROOT + "engine.ConfidentialVariables");
    assertThat(ACCESSORS.values().stream().flatMap(List::stream).toList()).containsAll(accessors);
  }

  private static Set<String> declared(String process) throws Exception {
    Set<String> names = new HashSet<>();
    for (String accessor : ACCESSORS.get(process)) {
      for (Field field : Class.forName(accessor).getDeclaredFields()) {
        if (Modifier.isStatic(field.getModifiers()) && Variable.class.equals(field.getType())) {
          field.setAccessible(true);
          names.add(((Variable<?>) field.get(null)).name());
        }
      }
    }
    return names;
  }

  static Set<String> expressionNames(String text) {
    Set<String> names = new HashSet<>();
    if (text == null) {
      return names;
    }
    Matcher expression = EXPRESSION.matcher(text);
    while (expression.find()) {
      Matcher identifier = IDENTIFIER.matcher(STRING_LITERAL.matcher(expression.group(1)).replaceAll("''"));
      while (identifier.find()) {
        if (!EL_WORDS.contains(identifier.group(1))) {
          names.add(identifier.group(1));
        }
      }
    }
    return names;
  }

  /** The variables a form reads or writes: its top-level fields, lists and groups, and the variables its tables and options come from. */
  static Set<String> formVariables(String formId) {
    Set<String> names = new HashSet<>();
    try {
      collect(new ObjectMapper().readTree(Path.of("forms", formId + ".form").toFile()).path("components"), names);
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read form " + formId, e);
    }
    return names;
  }

  private static void collect(JsonNode components, Set<String> names) {
    for (JsonNode component : components) {
      for (String reference : List.of("dataSource", "valuesKey")) {
        if (component.hasNonNull(reference)) {
          names.add(component.get(reference).asText().replaceFirst("^=", ""));
        }
      }
      if (component.hasNonNull("key")) {
        names.add(component.get("key").asText());
      } else if (component.hasNonNull("path")) {
        names.add(component.get("path").asText());
      } else {
        collect(component.path("components"), names);
      }
    }
  }

  private static boolean isLeaf(Element element) {
    NodeList children = element.getChildNodes();
    for (int i = 0; i < children.getLength(); i++) {
      if (children.item(i) instanceof Element) {
        return false;
      }
    }
    return true;
  }

  /** The beans a model may name, by the names Spring gives them, and the expression language's own functions. */
  private static Set<String> beanNames() {
    Set<String> beans = new HashSet<>(beanClasses().keySet());
    beans.addAll(Arrays.asList("S", "dateTime"));
    return beans;
  }

  private static Map<String, String> beanClasses() {
    ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(true);
    AnnotationBeanNameGenerator names = new AnnotationBeanNameGenerator();
    SimpleBeanDefinitionRegistry registry = new SimpleBeanDefinitionRegistry();
    Map<String, String> beans = new java.util.HashMap<>();
    scanner.findCandidateComponents(ROOT.substring(0, ROOT.length() - 1))
        .forEach(bean -> beans.put(names.generateBeanName((AnnotatedBeanDefinition) bean, registry), bean.getBeanClassName()));
    return beans;
  }
}
