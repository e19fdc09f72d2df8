package org.sahakum.core.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sahakum.core.it.broken.BrokenModule;
import org.sahakum.core.it.broken.FailingMigrationModule;
import org.sahakum.core.it.broken.StartFailsModule;
import org.sahakum.core.it.broken.ThrowingPlugin;
import org.sahakum.core.it.notes.Escapes;
import org.sahakum.core.it.notes.JndiProbe;
import org.sahakum.core.it.notes.Note;
import org.sahakum.core.it.notes.Notebook;
import org.sahakum.core.it.notes.NotesModule;
import org.sahakum.core.it.notes.NotesResource;
import org.sahakum.testkit.ApiClient;
import org.sahakum.testkit.ApiResponse;
import org.sahakum.testkit.ModuleIsolationContract;
import org.sahakum.testkit.PluginJar;
import org.sahakum.testkit.SahakumDeployment;
import org.sahakum.testkit.TwoTenants;

/**
 * The core on Payara Micro and MariaDB, with plugins built at test time: one that works
 * ({@code notes}) and three that fail to load in different ways. The isolation contract runs
 * against {@code notes}; the tests below cover the platform calls and the plugin host.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CoreIT extends ModuleIsolationContract {

  @ArquillianResource URL base;

  @Deployment(testable = false)
  static WebArchive deployment() throws java.io.IOException {
    Path folder = SahakumDeployment.emptyPluginsFolder();
    PluginJar.create().id("notes").version("1.2.3").extension(NotesModule.class)
        .classes(NotesResource.class, Escapes.class, JndiProbe.class, Notebook.class, Note.class)
        .resource("db/notes/V1__notes.sql").resource("ui/notes.json").resource("ui/notes/summary.js")
        .writeTo(folder, "notes.jar");
    PluginJar.create().extension(NotesModule.class).writeTo(folder, "bad-descriptor.jar");
    PluginJar.create().id("failing-migration").extension(FailingMigrationModule.class).classes(BrokenModule.class)
        .resource("db/failing_migration/V1__broken.sql").resource("ui/failing-migration.json")
        .writeTo(folder, "failing-migration.jar");
    PluginJar.create().id("start-fails").pluginClass(ThrowingPlugin.class).extension(StartFailsModule.class)
        .classes(BrokenModule.class)
        .resource("ui/start-fails.json")
        .writeTo(folder, "start-fails.jar");
    return SahakumDeployment.war();
  }

  @Override
  protected URL base() {
    return base;
  }

  @Override
  protected String moduleId() {
    return "notes";
  }

  @Override
  protected String collection() {
    return "notebooks";
  }

  @Override
  protected JsonObject newRow() {
    return Json.createObjectBuilder().add("title", "Outreach, Sen Sok").build();
  }

  private ApiClient anonymous() {
    return ApiClient.anonymous(base);
  }

  @Test
  void ping_answers_without_login_and_the_server_is_ready() {
    ApiResponse ping = anonymous().get("/api/ping");
    assertEquals(200, ping.status());
    assertTrue(ping.object().getBoolean("ok"));
  }

  @Test
  void failed_logins_all_look_the_same() {
    ApiClient anon = anonymous();
    ApiResponse wrongPassword = anon.post("/api/auth/login", login("platform", "admin", "wrong password"));
    ApiResponse unknownUser = anon.post("/api/auth/login", login("platform", "nobody", "wrong password"));
    ApiResponse unknownTenant = anon.post("/api/auth/login", login("no-such-org", "admin", "wrong password"));
    for (ApiResponse r : List.of(wrongPassword, unknownUser, unknownTenant)) {
      assertEquals(401, r.status(), r.toString());
      assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
      assertEquals(wrongPassword.body(), r.body());
    }
    assertEquals(200, anon.post("/api/auth/login", login("platform", "admin", SahakumDeployment.adminPassword())).status());
  }

  @Test
  void logout_ends_the_session_at_once() {
    ApiClient operator = anonymous().asPlatformAdmin();
    assertEquals(200, operator.get("/api/modules").status());
    assertEquals(204, operator.post("/api/auth/logout", Json.createObjectBuilder().build()).status());
    assertEquals(401, operator.get("/api/modules").status());
  }

  @Test
  void only_plugins_that_loaded_are_listed_and_the_others_are_reported() {
    ApiClient operator = anonymous().asPlatformAdmin();
    ApiResponse modules = operator.get("/api/modules");
    assertEquals(200, modules.status(), modules.toString());
    assertEquals(1, modules.array().size(), modules.toString());
    JsonObject notes = modules.array().getJsonObject(0);
    assertEquals("notes", notes.getString("id"));
    assertEquals("1.2.3", notes.getString("version"));
    assertEquals("កំណត់ចំណាំ", notes.getJsonObject("names").getString("km"));

    List<String> failed = operator.get("/api/modules/failures").array().stream()
        .map(v -> v.asJsonObject().getString("file")).sorted().toList();
    assertEquals(List.of("bad-descriptor.jar", "failing-migration.jar", "start-fails.jar"), failed);
  }

  @Test
  void an_organisation_admin_cannot_list_installed_modules() {
    ApiClient anon = anonymous();
    String slug = "org-" + System.nanoTime();
    ApiClient admin = org.sahakum.testkit.TwoTenants.organisation(anon, anon.asPlatformAdmin(), slug);
    assertEquals(403, admin.get("/api/modules").status());
  }

  @Test
  void unknown_and_ill_typed_fields_are_refused() {
    ApiClient operator = anonymous().asPlatformAdmin();
    JsonObject names = Json.createObjectBuilder().add("km", "ក").add("en", "A").build();
    ApiResponse unknown = operator.post("/api/tenants", Json.createObjectBuilder()
        .add("slug", "extra-field").add("type", "organisation").add("parent", "platform").add("names", names)
        .add("tenantId", 1).build());
    assertEquals(400, unknown.status(), unknown.toString());
    ApiResponse badSlug = operator.post("/api/tenants", Json.createObjectBuilder()
        .add("slug", "Bad Slug").add("type", "organisation").add("parent", "platform").add("names", names).build());
    assertEquals(400, badSlug.status(), badSlug.toString());
    assertTrue(badSlug.object().getString("detail").startsWith("slug:"), badSlug.toString());
    ApiResponse notJson = operator.postRaw("/api/tenants", "{\"slug\": ");
    assertEquals(400, notJson.status(), notJson.toString());
    assertEquals(404, operator.get("/api/tenants/extra-field").status(), "nothing was created");
  }

  @Test
  void a_modules_element_script_goes_only_to_those_who_may_use_the_module_there() {
    ApiClient anon = anonymous();
    TwoTenants t = TwoTenants.create(anon, "notes");
    String elements = "/api/t/" + t.a() + "/modules/notes/elements/";
    ApiResponse script = t.adminA().getAccepting(elements + "summary.js", "text/javascript");
    assertEquals(200, script.status(), script.toString());
    assertEquals("text/javascript;charset=utf-8", script.contentType().replace(" ", "").toLowerCase());
    assertTrue(script.body().contains("export default class NotesSummary extends HTMLElement"), script.toString());
    assertEquals("nosniff", script.headers().firstValue("X-Content-Type-Options").orElse(""));
    assertTrue(script.headers().firstValue("Cache-Control").orElse("").matches("(?=.*private)(?=.*no-cache).*"),
        script.headers().toString());
    String etag = script.headers().firstValue("ETag").orElseThrow();
    ApiResponse unchanged = t.adminA().getWith(elements + "summary.js", "If-None-Match", etag);
    assertEquals(304, unchanged.status(), unchanged.toString());
    assertEquals("", unchanged.body());

    assertEquals(401, anon.get(elements + "summary.js").status(), "no login, no script");
    assertEquals(404, t.adminB().get(elements + "summary.js").status(), "another organisation sees no such tenant");
    for (String file : List.of("missing.js", "Summary.js", "summary.JS", "..%2Fnotes.json", "..%2F..%2Fnotes.json",
        "%2e%2e", "summary.js%00", "notes.json")) {
      ApiResponse r = t.adminA().get(elements + file);
      assertTrue(r.status() == 404 || r.status() == 400, file + " -> " + r);
      assertFalse(r.body().contains("HTMLElement") || r.body().contains("\"views\""), file + " -> " + r);
    }
    String elementsOfB = "/api/t/" + t.b() + "/modules/notes/elements/summary.js";
    String notebooksOfB = "/api/t/" + t.b() + "/notes/notebooks";
    assertEquals(200, t.adminB().get(elementsOfB).status());
    assertEquals(200, t.adminB().get(notebooksOfB).status(), "the module is on: the caller's memo now says so");
    assertEquals(200, t.adminB().put("/api/t/" + t.b() + "/modules/notes",
        Json.createObjectBuilder().add("enabled", false).build()).status());
    assertEquals(404, t.adminB().get(elementsOfB).status(), "a module switched off serves nothing there");
    assertEquals(404, t.adminB().get(notebooksOfB).status(), "the switch moved the security epoch: the memo is gone");
  }

  private static JsonObject login(String tenant, String username, String password) {
    return Json.createObjectBuilder().add("tenant", tenant).add("username", username).add("password", password).build();
  }
}
