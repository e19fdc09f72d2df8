package org.sahakum.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The dependency rules of the design, held by tests. */
class ArchitectureTest {
  private final JavaClasses all = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("org.sahakum");

  @Test
  void the_plugin_api_depends_on_nothing_of_the_core() {
    classes().that().resideInAPackage("org.sahakum.api..")
        .should().onlyDependOnClassesThat().resideInAnyPackage(
            "java..", "jakarta..", "org.pf4j..", "org.eclipse.persistence.annotations..", "org.sahakum.api..")
        .check(all);
  }

  @Test
  void the_core_holds_no_plugin_classes() {
    noClasses().that().resideInAPackage("org.sahakum.core..")
        .should().dependOnClassesThat().resideInAPackage("org.sahakum.plugins..")
        .check(all);
  }

  @Test
  void only_the_persistence_package_touches_flyway_and_jdbc_drivers() {
    noClasses().that().resideOutsideOfPackage("org.sahakum.core.persistence..")
        .should().dependOnClassesThat().resideInAnyPackage("org.flywaydb..", "org.mariadb..")
        .check(all);
  }

  @Test
  void shiro_stays_inside_the_auth_package() {
    noClasses().that().resideOutsideOfPackage("org.sahakum.core.auth..")
        .should().dependOnClassesThat().resideInAPackage("org.apache.shiro..")
        .check(all);
  }
}
