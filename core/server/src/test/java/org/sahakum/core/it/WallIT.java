package org.sahakum.core.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
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
 * Nothing set above an organisation changes what happens inside it: a network's or the
 * platform's role settings, the operator's definition files, and an organisation's module switch
 * reaching its chapters at once.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WallIT {
  private static final Path TENANTS = Path.of("../../tenants");
  private static final String DEFINITIONS = "/api/platform/tenant-definitions";

  @ArquillianResource URL base;

  @Deployment(testable = false)
  static WebArchive deployment() throws IOException {
    return CoreIT.deployment();
  }

  @Test
  void a_networks_role_setting_holds_at_the_network_and_stops_at_its_organisations() {
    ApiClient anon = ApiClient.anonymous(base);
    ApiClient operator = anon.asPlatformAdmin();
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String net = "net-" + suffix;
    String org = "org-" + suffix;
    String chapter = org + "-tuol-kouk";
    assertEquals(201, operator.post("/api/tenants", TwoTenants.tenantBody(net, "network", "platform")).status());
    ApiClient netAdmin = TwoTenants.account(anon, operator, net, "nadmin", "admin");
    assertEquals(201, netAdmin.post("/api/tenants", TwoTenants.tenantBody(org, "organisation", net)).status());
    ApiClient orgAdmin = TwoTenants.account(anon, netAdmin, org, "oadmin", "admin");
    assertEquals(201, orgAdmin.post("/api/tenants", TwoTenants.tenantBody(chapter, "chapter", org)).status());
    long member = member(orgAdmin, org, null);
    long chapterMember = member(orgAdmin, org, chapter);
    ApiClient organiser = TwoTenants.account(anon, orgAdmin, org, "organiser", "organiser");
    ApiClient chapterOrganiser = TwoTenants.account(anon, orgAdmin, chapter, "corganiser", "organiser");
    ApiClient netOrganiser = TwoTenants.account(anon, netAdmin, net, "norganiser", "organiser");

    ApiResponse widened = netAdmin.put("/api/t/" + net + "/roles/organiser", permissions("tenant:read", "tenant:create",
        "member:read", "member:identity:read"));
    assertEquals(200, widened.status(), "a network sets its own roles: " + widened);

    ApiResponse reveal = organiser.post("/api/t/" + org + "/members/" + member + "/identity", reason());
    assertEquals(403, reveal.status(), "the network's setting does not reach inside the organisation: " + reveal);
    ApiResponse chapterReveal = chapterOrganiser.post("/api/t/" + chapter + "/members/" + chapterMember + "/identity",
        reason());
    assertEquals(403, chapterReveal.status(), "nor its chapters: " + chapterReveal);
    assertEquals(200, organiser.get("/api/t/" + org + "/members").status(), "the defaults still hold there");
    JsonObject orgOrganiser = role(orgAdmin, org, "organiser");
    assertFalse(names(orgOrganiser).contains("member:identity:read"), orgOrganiser.toString());
    assertTrue(absent(orgOrganiser, "setAt"), "the organisation's organiser holds the defaults: " + orgOrganiser);

    assertEquals(403, netAdmin.put("/api/t/" + org + "/roles/organiser", permissions("tenant:read",
        "member:identity:read")).status(), "a network admin sets no role inside an organisation");
    assertEquals(403, netAdmin.delete("/api/t/" + org + "/roles/organiser").status());
    assertEquals(403, netAdmin.put("/api/t/" + chapter + "/roles/organiser", permissions("tenant:read")).status());

    assertEquals(net, role(netAdmin, net, "organiser").getString("setAt"));
    assertEquals(201, netOrganiser.post("/api/tenants", TwoTenants.tenantBody("org2-" + suffix, "organisation", net))
        .status(), "at the network itself its setting holds (tenant:create)");
  }

  @Test
  void the_platforms_role_setting_stops_at_the_wall_too() {
    ApiClient anon = ApiClient.anonymous(base);
    ApiClient operator = anon.asPlatformAdmin();
    TwoTenants t = TwoTenants.create(anon);
    ApiClient organiser = TwoTenants.account(anon, t.adminA(), t.a(), "organiser", "organiser");
    try {
      assertEquals(200, operator.put("/api/t/platform/roles/organiser", permissions("tenant:read")).status());
      assertEquals(200, organiser.get("/api/t/" + t.a() + "/members").status(),
          "the platform's narrowing does not reach the organisation's organiser");
      assertEquals(200, t.adminA().get("/api/t/" + t.a() + "/roles").status());
      assertTrue(absent(role(t.adminA(), t.a(), "organiser"), "setAt"));
    } finally {
      operator.delete("/api/t/platform/roles/organiser");
    }
  }

  @Test
  void operator_definitions_seed_an_organisations_roles_once_and_never_rewrite_them() throws IOException {
    ApiClient anon = ApiClient.anonymous(base);
    ApiClient operator = anon.asPlatformAdmin();
    String slug = "org-" + UUID.randomUUID().toString().substring(0, 8);
    ApiResponse created = operator.post(DEFINITIONS, definitions(false, slug));
    assertEquals(200, created.status(), created.toString());
    assertTrue(changes(created).contains("set role paralegal at " + slug + " to tenant:read"), created.toString());
    ApiClient admin = TwoTenants.account(anon, operator, slug, "admin", "admin");
    assertEquals(slug, role(admin, slug, "paralegal").getString("setAt"), "the blueprint seeded it at creation");
    assertEquals(200, admin.put("/api/t/" + slug + "/roles/paralegal", permissions("tenant:read", "member:read"))
        .status());

    ApiResponse dry = operator.post(DEFINITIONS, definitions(true, slug));
    assertEquals(200, dry.status(), dry.toString());
    assertTrue(changes(dry).stream().noneMatch(c -> c.startsWith("set role") && c.contains(" at " + slug + " ")),
        "no role change planned at an organisation that is there: " + dry);
    assertTrue(dry.object().getJsonArray("notes").getValuesAs(JsonString::getString).stream()
        .anyMatch(n -> n.contains(slug) && n.contains("left out")), "the dry run says it leaves them out: " + dry);

    ApiResponse applied = operator.post(DEFINITIONS, definitions(false, slug));
    assertEquals(200, applied.status(), applied.toString());
    assertEquals(List.of("member:read", "tenant:read"), names(role(admin, slug, "paralegal")),
        "the organisation's own setting stays");
    assertEquals(2, admin.get("/api/t/" + slug + "/audit?action=role.changed&targetType=role").array()
        .getValuesAs(JsonObject.class).stream().filter(e -> e.getString("targetId").equals("paralegal")).count(),
        "the seed at creation and the organisation's own change, nothing after");
  }

  @Test
  void switching_a_module_off_at_the_organisation_switches_it_off_at_its_chapters_at_once() {
    ApiClient anon = ApiClient.anonymous(base);
    TwoTenants t = TwoTenants.create(anon, "notes");
    String chapter = t.a() + "-chbar-ampov";
    assertEquals(201, t.adminA().post("/api/tenants", TwoTenants.tenantBody(chapter, "chapter", t.a())).status());
    ApiClient chapterAdmin = TwoTenants.account(anon, t.adminA(), chapter, "cadmin", "admin", "notes");
    String notebooks = "/api/t/" + chapter + "/notes/notebooks";
    String script = "/api/t/" + chapter + "/modules/notes/elements/summary.js";
    assertEquals(200, chapterAdmin.get(notebooks).status());
    assertEquals(200, chapterAdmin.get(script).status());

    assertEquals(200, t.adminA().put("/api/t/" + t.a() + "/modules/notes", on(false)).status());
    for (ApiClient who : List.of(chapterAdmin, t.adminA())) {
      assertEquals(404, who.get(notebooks).status(), "off at the organisation, off at its chapter");
      assertEquals(404, who.post(notebooks, Json.createObjectBuilder().add("title", "After").build()).status());
      assertEquals(404, who.get(script).status());
    }
    JsonObject listed = chapterAdmin.get("/api/t/" + chapter + "/modules").array().getValuesAs(JsonObject.class)
        .stream().filter(m -> m.getString("id").equals("notes")).findFirst().orElseThrow();
    assertFalse(listed.getBoolean("enabled"), listed.toString());
    assertTrue(absent(listed, "ui"), listed.toString());
    assertTrue(chapterAdmin.get("/api/tenants/" + chapter).object().getJsonArray("modules").isEmpty(),
        "the tenant view the web app reads lists no module either");
    assertEquals(409, chapterAdmin.put("/api/t/" + chapter + "/modules/notes", on(true)).status());

    assertEquals(200, t.adminA().put("/api/t/" + t.a() + "/modules/notes", on(true)).status());
    assertEquals(200, chapterAdmin.get(notebooks).status(), "switched on again, the chapter's own choice holds");
  }

  private static long member(ApiClient admin, String org, String chapter) {
    var body = Json.createObjectBuilder().add("workingName", "Sreyna").add("legalName", "A Legal Name");
    if (chapter != null) {
      body.add("chapter", chapter);
    }
    ApiResponse r = admin.post("/api/t/" + org + "/members", body.build());
    assertEquals(201, r.status(), r.toString());
    return r.object().getJsonNumber("id").longValue();
  }

  private static JsonObject reason() {
    return Json.createObjectBuilder().add("reason", "Checking the wall holds").build();
  }

  static JsonObject permissions(String... names) {
    JsonArrayBuilder list = Json.createArrayBuilder();
    for (String n : names) {
      list.add(n);
    }
    return Json.createObjectBuilder().add("permissions", list).build();
  }

  private static JsonObject role(ApiClient who, String tenant, String role) {
    ApiResponse r = who.get("/api/t/" + tenant + "/roles");
    assertEquals(200, r.status(), r.toString());
    return r.object().getJsonArray("roles").getValuesAs(JsonObject.class).stream()
        .filter(v -> v.getString("role").equals(role)).findFirst().orElseThrow();
  }

  private static List<String> names(JsonObject role) {
    return role.getJsonArray("permissions").getValuesAs(JsonString::getString).stream().sorted().toList();
  }

  private static List<String> changes(ApiResponse r) {
    return r.object().getJsonArray("changes").getValuesAs(JsonString::getString);
  }

  /** Null fields are left out of answers. */
  private static boolean absent(JsonObject o, String key) {
    return !o.containsKey(key) || o.isNull(key);
  }

  private static JsonObject on(boolean enabled) {
    return Json.createObjectBuilder().add("enabled", enabled).build();
  }

  /** The shipped organisation blueprint and an organisation made from it, with a role the test can watch. */
  private static JsonObject definitions(boolean dryRun, String slug) throws IOException {
    String blueprint = Files.readString(TENANTS.resolve("blueprints/sex-worker-organisation.yaml"),
        StandardCharsets.UTF_8).replace("id: sex-worker-organisation", "id: wall-test")
        .replaceAll("\\n    paralegal: \\[[^\\]]*\\]", "\n    paralegal: [tenant:read]");
    String org = "organisation:\n  slug: " + slug + "\n  blueprint: wall-test\n  names: {km: អង្គការ, en: Org " + slug
        + "}\n";
    JsonValue files = Json.createArrayBuilder()
        .add(Json.createObjectBuilder().add("name", "wall-test.yaml").add("text", blueprint))
        .add(Json.createObjectBuilder().add("name", "org.yaml").add("text", org)).build();
    return Json.createObjectBuilder().add("dryRun", dryRun).add("files", files).build();
  }
}
