package org.sahakum.core.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sahakum.testkit.ApiClient;
import org.sahakum.testkit.ApiResponse;
import org.sahakum.testkit.TwoTenants;

/**
 * Applying definition files through {@code POST /api/platform/tenant-definitions}: WNU with its 14
 * chapters, a dry run that shows the difference and changes nothing, a second apply that changes
 * nothing, refused files that change nothing and name file, line and field, and only the operator.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TenantDefinitionsIT {
  private static final Path TENANTS = Path.of("../../tenants");
  private static final String CALL = "/api/platform/tenant-definitions";

  @ArquillianResource URL base;

  @Deployment(testable = false)
  static WebArchive deployment() throws IOException {
    return CoreIT.deployment();
  }

  @Test
  void wnu_applies_with_its_fourteen_chapters_and_a_second_apply_changes_nothing() throws IOException {
    ApiClient operator = ApiClient.anonymous(base).asPlatformAdmin();
    JsonArrayBuilder files = shipped();
    ApiResponse first = operator.post(CALL, body(false, files.build()));
    assertEquals(200, first.status(), first.toString());
    JsonObject wnu = operator.get("/api/tenants/wnu").object();
    assertEquals("organisation", wnu.getString("type"));
    assertEquals(14, wnu.getJsonArray("children").size());
    assertTrue(wnu.getJsonArray("children").getValuesAs(JsonString::getString).contains("wnu-kampong-chhnang"));
    assertEquals("ខេត្តកំពង់ឆ្នាំង", operator.get("/api/tenants/wnu-kampong-chhnang").object()
        .getJsonObject("names").getString("km"));
    assertEquals(0, wnu.getJsonArray("modules").size(), "modules this server lacks are left out, not refused");

    ApiResponse again = operator.post(CALL, body(false, shipped().build()));
    assertEquals(200, again.status(), again.toString());
    assertEquals(0, again.object().getJsonArray("changes").size(), again.toString());
    assertFalse(again.object().getBoolean("applied"));
    assertTrue(again.object().getJsonArray("notes").toString().contains("module legal-aid"), again.toString());
  }

  @Test
  void a_dry_run_shows_the_difference_and_changes_nothing() throws IOException {
    ApiClient operator = ApiClient.anonymous(base).asPlatformAdmin();
    String slug = "org-" + UUID.randomUUID().toString().substring(0, 8);
    JsonObject dry = operator.post(CALL, body(true, shipped().add(file("org.yaml", org(slug, "Kampot", "ក")))
        .build())).object();
    assertFalse(dry.getBoolean("applied"));
    List<String> changes = dry.getJsonArray("changes").getValuesAs(JsonString::getString);
    assertTrue(changes.contains("create organisation " + slug + " under platform (Org " + slug + ")"), changes.toString());
    assertTrue(changes.contains("create chapter " + slug + "-kampot under " + slug + " (Kampot)"), changes.toString());
    assertEquals(404, operator.get("/api/tenants/" + slug).status(), "a dry run creates nothing");

    assertTrue(operator.post(CALL, body(false, shipped().add(file("org.yaml", org(slug, "Kampot", "ក"))).build()))
        .object().getBoolean("applied"));
    List<String> rename = operator.post(CALL, body(true, shipped().add(file("org.yaml", org(slug, "Kampot town", "ក")))
        .build())).object().getJsonArray("changes").getValuesAs(JsonString::getString);
    assertEquals(List.of("rename " + slug + "-kampot from Kampot / ក to Kampot town / ក"), rename);
  }

  @Test
  void a_refused_file_changes_nothing_and_names_file_line_and_field() throws IOException {
    ApiClient operator = ApiClient.anonymous(base).asPlatformAdmin();
    String good = "org-" + UUID.randomUUID().toString().substring(0, 8);
    String bad = "network:\n  slug: net-" + UUID.randomUUID().toString().substring(0, 8) + "\n  blueprint: regional-network\n"
        + "  names: {km: ក, en: Net}\n  colour: red\n";
    ApiResponse r = operator.post(CALL, body(false, shipped().add(file("good.yaml", org(good, "One", "ក")))
        .add(file("bad.yaml", bad)).build()));
    assertEquals(400, r.status(), r.toString());
    assertTrue(r.object().getString("detail").contains("bad.yaml:5: network: unknown field 'colour'"), r.toString());
    assertEquals(404, operator.get("/api/tenants/" + good).status(), "the good file was not applied either");

    String orphan = "organisation:\n  slug: " + good + "\n  parent: no-such-network\n  blueprint: sex-worker-organisation\n"
        + "  names: {km: ក, en: O}\n";
    ApiResponse tree = operator.post(CALL, body(false, shipped().add(file("orphan.yaml", orphan)).build()));
    assertEquals(400, tree.status(), tree.toString());
    assertTrue(tree.object().getString("detail").contains(
        "orphan.yaml:3: organisation.parent: no tenant 'no-such-network' in the tree or in these files"), tree.toString());
  }

  @Test
  void only_the_platform_operator_applies_definitions() throws IOException {
    ApiClient anon = ApiClient.anonymous(base);
    TwoTenants t = TwoTenants.create(anon);
    assertEquals(401, anon.post(CALL, body(true, shipped().build())).status());
    assertEquals(403, t.adminA().post(CALL, body(true, shipped().build())).status());
  }

  private static String org(String slug, String chapterEn, String chapterKm) {
    return "organisation:\n  slug: " + slug + "\n  blueprint: sex-worker-organisation\n"
        + "  names: {km: អង្គការ, en: Org " + slug + "}\n  chapters:\n    - slug: " + slug + "-kampot\n"
        + "      names: {km: " + chapterKm + ", en: " + chapterEn + "}\n";
  }

  private static JsonArrayBuilder shipped() throws IOException {
    JsonArrayBuilder files = Json.createArrayBuilder();
    for (String name : List.of("blueprints/sex-worker-organisation.yaml", "blueprints/regional-network.yaml",
        "blueprints/drop-in-centre.yaml", "wnu.yaml")) {
      Path p = TENANTS.resolve(name);
      files.add(file(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8)));
    }
    return files;
  }

  private static JsonObject file(String name, String text) {
    return Json.createObjectBuilder().add("name", name).add("text", text).build();
  }

  private static JsonObject body(boolean dryRun, jakarta.json.JsonArray files) {
    return Json.createObjectBuilder().add("dryRun", dryRun).add("files", files).build();
  }
}
