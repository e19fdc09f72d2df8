package org.sahakum.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.annotation.WebFilter;
import jakarta.transaction.Transactional;
import java.lang.annotation.Annotation;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
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

  /**
   * The WAR's beans.xml discovers annotated classes only: a class that injects or runs in a
   * transaction without a scope would be no bean, and its injections and transactions would be
   * silently missing (Jersey would make a resource itself). Servlet filters are injected by the container.
   */
  @Test
  void every_core_class_that_injects_or_is_transactional_is_a_bean() {
    classes().that().resideInAPackage("org.sahakum.core..")
        .and(INJECTS_OR_IS_TRANSACTIONAL)
        .and().areNotAnnotatedWith(WebFilter.class)
        .should().beAnnotatedWith(ApplicationScoped.class)
        .orShould().beAnnotatedWith(RequestScoped.class)
        .orShould().beAnnotatedWith(Dependent.class)
        .check(all);
  }

  private static final List<Class<? extends Annotation>> INJECTION =
      List.of(Inject.class, PersistenceContext.class, Resource.class, Transactional.class);

  private static final DescribedPredicate<JavaClass> INJECTS_OR_IS_TRANSACTIONAL = DescribedPredicate.describe(
      "inject something or are transactional",
      c -> !c.isInterface() && !c.getModifiers().contains(JavaModifier.ABSTRACT)
          && (c.isAnnotatedWith(Transactional.class)
              || Stream.of(c.getFields(), c.getMethods(), c.getConstructors())
                  .flatMap(Set::stream)
                  .anyMatch(ArchitectureTest::injectedOrTransactional)));

  private static boolean injectedOrTransactional(JavaMember member) {
    return INJECTION.stream().anyMatch(member::isAnnotatedWith);
  }
}
