package org.sahakum.core.modules;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModuleElementsTest {
  private static final byte[] SCRIPT = "export default class extends HTMLElement {}\n".getBytes(StandardCharsets.UTF_8);

  @TempDir Path jar;
  private ClassLoader loader;

  @BeforeEach
  void jarWithOneScript() throws IOException {
    Files.createDirectories(jar.resolve("ui/notes"));
    Files.write(jar.resolve("ui/notes/summary.js"), SCRIPT);
    Files.writeString(jar.resolve("ui/notes.json"), "{}");
    loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null);
  }

  @Test
  void reads_the_script_each_element_view_names_and_nothing_else() throws IOException {
    Map<String, ElementScript> scripts = ModuleElements.read("notes", ui(
        view("list", null, null), view("element", "notes-summary", "summary.js"), view("element", "notes-summary", "summary.js")),
        loader);
    assertEquals(Map.of("summary.js", scripts.get("summary.js")), scripts);
    assertArrayEquals(SCRIPT, scripts.get("summary.js").content());
    assertTrue(scripts.get("summary.js").etag().matches("[0-9a-f]{64}"));
  }

  @Test
  void a_tag_must_be_the_modules_own() {
    for (String tag : new String[] {"summary", "note-summary", "notes-", "notes--x", "notes-Summary", "notes-x_y",
        "other-notes-summary", "notes-x-"}) {
      assertFalse(ModuleElements.validTag("notes", tag), tag);
      assertRefused(view("element", tag, "summary.js"));
    }
    assertTrue(ModuleElements.validTag("notes", "notes-summary"));
    assertTrue(ModuleElements.validTag("union-dues", "union-dues-receipt-2"));
  }

  @Test
  void a_script_is_a_plain_file_name() {
    for (String script : new String[] {"../notes.json", "ui/notes/summary.js", "/summary.js", "summary.mjs",
        "Summary.js", "summary.js/", ".js", "%2e%2e.js", "summary.js?x", "summary js", "-x.js"}) {
      assertRefused(view("element", "notes-summary", script));
    }
  }

  @Test
  void a_missing_empty_oversized_or_binary_script_leaves_the_module_out() throws IOException {
    assertRefused(view("element", "notes-gone", "gone.js"));
    Files.write(jar.resolve("ui/notes/empty.js"), new byte[0]);
    assertRefused(view("element", "notes-empty", "empty.js"));
    Files.write(jar.resolve("ui/notes/big.js"), new byte[ModuleElements.MAX_BYTES + 1]);
    assertRefused(view("element", "notes-big", "big.js"));
    Files.write(jar.resolve("ui/notes/binary.js"), new byte[] {(byte) 0xC3, (byte) 0x28});
    assertRefused(view("element", "notes-binary", "binary.js"));
  }

  @Test
  void one_tag_cannot_have_two_scripts_and_an_element_view_needs_both_names() throws IOException {
    Files.write(jar.resolve("ui/notes/other.js"), SCRIPT);
    assertRefused(view("element", "notes-summary", "summary.js"), view("element", "notes-summary", "other.js"));
    assertRefused(view("element", null, "summary.js"));
    assertRefused(view("element", "notes-summary", null));
  }

  private void assertRefused(JsonObject... views) {
    assertThrows(IllegalArgumentException.class, () -> ModuleElements.read("notes", ui(views), loader));
  }

  private static JsonObject ui(JsonObject... views) {
    var array = Json.createArrayBuilder();
    for (JsonObject v : views) {
      array.add(v);
    }
    return Json.createObjectBuilder().add("menu", Json.createArrayBuilder()).add("views", array).build();
  }

  private static JsonObject view(String kind, String tag, String script) {
    var b = Json.createObjectBuilder().add("id", "v-" + kind + "-" + tag + "-" + script).add("kind", kind);
    if (tag != null) {
      b.add("tag", tag);
    }
    if (script != null) {
      b.add("script", script);
    }
    return b.build();
  }
}
