package org.sahakum.plugins.uniondues;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The module may use the JDK, the Jakarta APIs, the plugin SPI and PF4J's annotations: what the
 * core's module class loader lets it see. Anything else would fail only at run time, in the server.
 */
class UnionDuesArchitectureTest {
  private static final String OWN = "org.sahakum.plugins.uniondues";

  @Test
  void depends_only_on_the_module_api() {
    JavaClasses imported = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages(OWN);
    classes().that().resideInAPackage(OWN + "..")
        .should().onlyDependOnClassesThat()
        .resideInAnyPackage("java..", "jakarta..", "org.sahakum.api..", "org.pf4j..", OWN + "..")
        .check(imported);
  }
}
