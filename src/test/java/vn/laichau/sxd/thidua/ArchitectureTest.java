package vn.laichau.sxd.thidua;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;

/**
 * The package rules of DESIGN §2: features (registration, exemplar, nomination, council,
 * indicator, decision) may use the shared packages, and each other only through public
 * {@code *Service} classes and the types nested in them; the shared packages know no feature; no
 * cycles anywhere.
 */
@AnalyzeClasses(packages = "vn.laichau.sxd.thidua", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  static final String ROOT = "vn.laichau.sxd.thidua.";
  static final List<String> FEATURES = List.of("registration", "exemplar", "nomination", "council", "indicator", "decision");
  static final List<String> SHARED = List.of("organisation", "calendar", "notification", "security", "engine");

  @ArchTest
  static final ArchRule sharedPackagesKnowNoFeature = noClasses()
      .that().resideInAnyPackage(packages(SHARED))
      .should().dependOnClassesThat().resideInAnyPackage(packages(FEATURES));

  @ArchTest
  static final ArchRule featuresUseEachOtherOnlyThroughPublicServices = classes()
      .that().resideInAnyPackage(packages(FEATURES))
      .should(new ArchCondition<JavaClass>("use other features only through their *Service classes") {
        @Override
        public void check(JavaClass origin, ConditionEvents events) {
          String own = feature(origin);
          for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
            JavaClass target = dependency.getTargetClass();
            String other = feature(target);
            if (other != null && !other.equals(own) && !isServiceApi(target)) {
              events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
            }
          }
        }
      });

  @ArchTest
  static final ArchRule noCyclesBetweenPackages = slices().matching(ROOT + "(*)..").should().beFreeOfCycles();

  /** A *Service class, or a type nested in one (the records and enums of its signatures). */
  private static boolean isServiceApi(JavaClass type) {
    String topLevel = type.getName().substring(type.getPackageName().length() + 1).split("\\$")[0];
    return topLevel.endsWith("Service");
  }

  private static String feature(JavaClass type) {
    return FEATURES.stream().filter(f -> type.getPackageName().startsWith(ROOT + f)).findFirst().orElse(null);
  }

  private static String[] packages(List<String> names) {
    return names.stream().map(name -> ROOT + name + "..").toArray(String[]::new);
  }
}
