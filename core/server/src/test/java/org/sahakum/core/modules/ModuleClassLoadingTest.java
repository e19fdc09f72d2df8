package org.sahakum.core.modules;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ModuleClassLoadingTest {

  @Test
  void modules_see_the_api_the_jakarta_apis_and_the_jdk() {
    assertTrue(ModuleClassLoading.visible("org.sahakum.api.SahakumModule"));
    assertTrue(ModuleClassLoading.visible("jakarta.persistence.EntityManager"));
    assertTrue(ModuleClassLoading.visible("java.util.List"));
  }

  @Test
  void modules_do_not_see_the_core_or_its_libraries() {
    assertFalse(ModuleClassLoading.visible("org.sahakum.core.auth.Accounts"));
    assertFalse(ModuleClassLoading.visible("org.sahakum.core.modules.ModuleRegistry"));
    assertFalse(ModuleClassLoading.visible("org.apache.shiro.SecurityUtils"));
    assertFalse(ModuleClassLoading.visible("org.flywaydb.core.Flyway"));
    assertFalse(ModuleClassLoading.visible("org.mariadb.jdbc.Driver"));
    assertFalse(ModuleClassLoading.visible("fish.payara.micro.PayaraMicro"));
  }

  @Test
  void modules_do_not_see_the_ways_to_the_cores_objects() {
    assertFalse(ModuleClassLoading.visible("javax.naming.InitialContext"), "JNDI hands out the core's DataSource");
    assertFalse(ModuleClassLoading.visible("jakarta.enterprise.inject.spi.CDI"), "CDI hands out the core's beans");
    assertTrue(ModuleClassLoading.visible("jakarta.enterprise.inject.spi.Bean"));
  }
}
