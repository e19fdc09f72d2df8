package org.sahakum.core.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.sahakum.api.LocalizedText;
import org.sahakum.api.ModuleContext;
import org.sahakum.api.PermissionDefinition;
import org.sahakum.api.SahakumModule;

/** The settings of a module's unit: the same for every module, but for JDBC batches where one asks. */
class ModulePersistenceUnitTest {

  @Test
  void a_module_writes_one_statement_at_a_time_unless_it_asks_for_batches() {
    Properties plain = unit(false).getProperties();
    assertNull(plain.getProperty("eclipselink.jdbc.batch-writing"));
    Properties batched = unit(true).getProperties();
    assertEquals("JDBC", batched.getProperty("eclipselink.jdbc.batch-writing"));
    assertEquals("100", batched.getProperty("eclipselink.jdbc.batch-writing.size"));
    plain.remove("eclipselink.session-name");
    batched.remove("eclipselink.session-name");
    batched.remove("eclipselink.jdbc.batch-writing");
    batched.remove("eclipselink.jdbc.batch-writing.size");
    assertEquals(plain, batched, "asking for batches changes nothing else of the unit");
  }

  private static ModulePersistenceUnit unit(boolean batches) {
    return new ModulePersistenceUnit(new SahakumModule() {
      @Override
      public String id() {
        return batches ? "batched" : "plain";
      }

      @Override
      public LocalizedText name() {
        return new LocalizedText("ម", "m");
      }

      @Override
      public LocalizedText description() {
        return name();
      }

      @Override
      public List<PermissionDefinition> permissions() {
        return List.of();
      }

      @Override
      public List<Class<?>> entityClasses() {
        return List.of();
      }

      @Override
      public boolean batchWrites() {
        return batches;
      }

      @Override
      public Object resource(ModuleContext context) {
        return new Object();
      }
    }, ModulePersistenceUnitTest.class.getClassLoader(), null, null);
  }
}
