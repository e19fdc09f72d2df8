package org.sahakum.core.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahakum.core.definitions.DefinitionFile;

/** What the demo reads from the tenants folder, and what its members are called. */
class DemoFilesTest {

  @Test
  void blueprints_come_first_then_the_definitions_and_nothing_else(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("blueprints"));
    Files.writeString(dir.resolve("blueprints/b.yaml"), "blueprint: {}");
    Files.writeString(dir.resolve("wnu.yaml"), "organisation: {}");
    Files.writeString(dir.resolve("README.md"), "# not a definition");
    assertEquals(List.of("b.yaml", "wnu.yaml"), DemoTenants.files(dir).stream().map(DefinitionFile::name).toList());
  }

  @Test
  void the_shipped_folder_holds_the_three_blueprints_and_wnu() {
    assertEquals(List.of("drop-in-centre.yaml", "regional-network.yaml", "sex-worker-organisation.yaml", "wnu.yaml"),
        DemoTenants.files(Path.of("../../tenants")).stream().map(DefinitionFile::name).toList());
  }

  @Test
  void demo_members_are_plainly_fictional_and_named_in_khmer_and_latin_letters() {
    String name = DemoMembers.workingName(1);
    assertEquals("Demo ស្រីពៅ Srey Pov 1", name);
    assertTrue(DemoMembers.workingName(10_000).startsWith("Demo "));
    assertTrue(DemoMembers.workingName(10_000).length() <= 100, "fits the register's working name");
  }
}
