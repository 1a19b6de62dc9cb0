package org.eligo;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Dependencies point only down the package table of docs/ARCHITECTURE.md. */
class LayeringTest {
  /** Lowest first: a package may use those before it, never those after it. */
  static final List<String> LAYERS = List.of(
      "core", "lexicon", "intake", "text", "extract", "context", "patient", "criteria",
      "eligibility", "index", "rank", "design", "report", "predict", "eval", "app", "cli");

  @Test
  void packagesDependOnlyOnLowerLayers() {
    JavaClasses classes = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("org.eligo");
    for (int i = 0; i < LAYERS.size(); i++) {
      String[] higher = LAYERS.subList(i + 1, LAYERS.size()).stream().map(p -> "org.eligo." + p + "..").toArray(String[]::new);
      if (higher.length == 0) {
        continue;
      }
      ArchRule rule = noClasses().that().resideInAPackage("org.eligo." + LAYERS.get(i) + "..")
          .should().dependOnClassesThat().resideInAnyPackage(higher)
          .because("package " + LAYERS.get(i) + " sits below " + String.join(", ", LAYERS.subList(i + 1, LAYERS.size())));
      rule.check(classes);
    }
  }

  @Test
  void everyProductionClassLivesInAKnownLayer() {
    JavaClasses classes = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("org.eligo");
    String[] known = LAYERS.stream().map(p -> "org.eligo." + p + "..").toArray(String[]::new);
    com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes().should().resideInAnyPackage(known).check(classes);
  }
}
