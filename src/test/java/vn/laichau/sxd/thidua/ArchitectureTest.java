package vn.laichau.sxd.thidua;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The package structure of docs/architecture.md, held by the compiler's visibility and by this
 * test: each package uses only the packages its arrows name, no two classes (or packages) depend
 * on each other in a circle, and each table is read and written by the package that owns it,
 * except by the read models listed in {@link #READ_MODELS}.
 */
class ArchitectureTest {

  static final String ROOT = "vn.laichau.sxd.thidua";

  /** Every package and the packages it may use; the picture in docs/architecture.md draws these arrows. */
  static final Map<String, Set<String>> ARROWS = Map.ofEntries(
      entry("(root)", Set.of()),
      entry("engine", Set.of()),
      entry("calendar", Set.of()),
      entry("audit", Set.of("api", "engine", "organisation")),
      entry("api", Set.of("engine")),
      entry("review", Set.of("engine")),
      entry("notification", Set.of("audit", "calendar", "engine")),
      entry("organisation", Set.of("api", "engine")),
      entry("security", Set.of("api", "organisation")),
      entry("formguard", Set.of("api", "engine")),
      entry("decision", Set.of("engine", "organisation")),
      entry("evaluation", Set.of("api", "engine", "organisation")),
      entry("council", Set.of("api", "calendar", "document", "engine", "organisation")),
      entry("exemplar", Set.of("api", "audit", "calendar", "council", "decision", "engine", "organisation", "review")),
      entry("registration", Set.of("calendar", "decision", "engine", "exemplar", "notification", "organisation", "review")),
      entry("nomination", Set.of("api", "audit", "calendar", "council", "decision", "document", "engine", "evaluation", "exemplar", "indicator",
          "notification", "organisation", "registration", "review")),
      entry("dossier", Set.of("api", "decision", "engine", "nomination", "organisation")),
      entry("document", Set.of("audit", "calendar", "engine", "notification", "organisation")),
      entry("submission", Set.of("audit", "calendar", "decision", "document", "engine", "nomination", "notification")),
      entry("indicator", Set.of("calendar", "document", "engine", "evaluation", "exemplar", "organisation", "registration", "review")),
      entry("webapp", Set.of("api", "calendar", "decision", "engine", "exemplar", "indicator", "organisation", "registration",
          "security")));

  /** The tables each package owns: only its classes name them in SQL. */
  static final Map<String, Set<String>> TABLES = Map.ofEntries(
      entry("organisation", Set.of("org_unit", "person", "person_role")),
      entry("security", Set.of("login_failure")),
      entry("audit", Set.of("audit_entry", "audit_head")),
      entry("notification", Set.of("notice", "mail_outbox", "mail_preference", "mail_template")),
      entry("registration", Set.of("emulation_registration", "unit_registration", "registered_subject")),
      entry("exemplar", Set.of("exemplar", "exemplar_event")),
      entry("evaluation", Set.of("person_evaluation", "unit_evaluation")),
      entry("nomination", Set.of("commendation_round", "nomination", "eligibility_list")),
      entry("submission", Set.of("provincial_submission")),
      entry("dossier", Set.of("dossier_file")),
      entry("document", Set.of("document_register", "document", "document_unit", "document_template")),
      entry("council", Set.of("council_session", "agenda_item", "session_voter", "open_vote", "secret_count")),
      entry("indicator", Set.of("periodic_review", "indicator_value")),
      entry("decision", Set.of("award_entry")));

  /**
   * Read models that join the tables of several packages to answer one screen at once. They only
   * read; a figure's meaning stays with the package that owns the table.
   */
  static final Set<String> READ_MODELS = Set.of("webapp/dashboard/DashboardQueries.java");

  private static final JavaClasses MAIN = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages(ROOT);
  private static final Pattern TABLE = Pattern.compile("(?i)\\b(?:FROM|JOIN|INTO|UPDATE)\\s+([a-z_]+)\\b");

  @Test
  void eachPackageUsesOnlyThePackagesItsArrowsName() {
    ArchRule rule = classes().should(new ArchCondition<JavaClass>("use only the packages their arrows name") {
      @Override
      public void check(JavaClass origin, ConditionEvents events) {
        String from = packageOf(origin);
        for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
          String to = packageOf(dependency.getTargetClass());
          if (to != null && !to.equals(from) && !ARROWS.getOrDefault(from, Set.of()).contains(to)) {
            events.add(SimpleConditionEvent.violated(dependency, from + " → " + to + ": " + dependency.getDescription()));
          }
        }
      }
    });
    rule.check(MAIN);
  }

  @Test
  void everyArrowIsUsedAndEveryPackageListed() {
    Set<String> used = new TreeSet<>();
    Set<String> packages = new TreeSet<>();
    for (JavaClass origin : MAIN) {
      String from = packageOf(origin);
      if (from == null) {
        continue;
      }
      packages.add(from);
      origin.getDirectDependenciesFromSelf().stream().map(d -> packageOf(d.getTargetClass()))
          .filter(to -> to != null && !to.equals(from)).forEach(to -> used.add(from + " → " + to));
    }
    Set<String> drawn = new TreeSet<>();
    ARROWS.forEach((from, tos) -> tos.forEach(to -> drawn.add(from + " → " + to)));
    assertThat(packages).as("packages").containsExactlyInAnyOrderElementsOf(ARROWS.keySet());
    assertThat(used).as("arrows the code uses").containsExactlyInAnyOrderElementsOf(drawn);
  }

  @Test
  void noCyclesBetweenPackages() {
    slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(MAIN);
  }

  @Test
  void noCyclesBetweenTheFilesOfAPackage() {
    slices().assignedFrom(new SliceAssignment() {
      @Override
      public SliceIdentifier getIdentifierOf(JavaClass type) {
        return type.getPackageName().startsWith(ROOT) ? SliceIdentifier.of(topLevel(type).getName()) : SliceIdentifier.ignore();
      }

      @Override
      public String getDescription() {
        return "one slice per source file";
      }
    }).should().beFreeOfCycles().check(MAIN);
  }

  @Test
  void eachTableIsNamedOnlyByItsOwnerOrAListedReadModel() throws IOException {
    Map<String, String> owners = new java.util.HashMap<>();
    TABLES.forEach((owner, tables) -> tables.forEach(table -> owners.put(table, owner)));
    List<String> offences = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    Path root = Path.of("src/main/java", ROOT.replace('.', '/'));
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String relative = root.relativize(file).toString();
        String owner = relative.contains("/") ? relative.substring(0, relative.indexOf('/')) : "(root)";
        Matcher sql = TABLE.matcher(Files.readString(file));
        while (sql.find()) {
          String table = sql.group(1).toLowerCase();
          if (!owners.containsKey(table)) {
            continue;
          }
          seen.add(table);
          if (!owners.get(table).equals(owner) && !READ_MODELS.contains(relative)) {
            offences.add(relative + " names " + table + " (owned by " + owners.get(table) + ")");
          }
        }
      }
    }
    assertThat(offences).isEmpty();
    assertThat(seen).as("every owned table is used").containsExactlyInAnyOrderElementsOf(owners.keySet());
  }

  private static JavaClass topLevel(JavaClass type) {
    JavaClass outer = type;
    while (outer.getEnclosingClass().isPresent()) {
      outer = outer.getEnclosingClass().get();
    }
    return outer;
  }

  /** The first package below the root ("webapp" for webapp.dashboard), "(root)" for the root, null outside. */
  private static String packageOf(JavaClass type) {
    String name = type.getPackageName();
    if (name.equals(ROOT)) {
      return "(root)";
    }
    return name.startsWith(ROOT + ".") ? name.substring(ROOT.length() + 1).split("\\.")[0] : null;
  }
}
