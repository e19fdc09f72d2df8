package org.sahakum.core.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
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
 * A chapter lockdown reaches what modules hold and the chapter's invites. The test module
 * {@code notes} never asks the lockdown port, so what is refused here is the core's own gate:
 * a module that forgets cannot open sealed values or answer files about a locked chapter.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LockdownIT {
  private static final String SECRET = "held at the Prey Speu centre";

  @ArquillianResource URL base;

  @Deployment(testable = false)
  static WebArchive deployment() throws java.io.IOException {
    return CoreIT.deployment();
  }

  @Test
  void a_forgetful_module_opens_no_sealed_value_and_answers_no_file_while_a_chapter_is_locked() {
    ApiClient anon = ApiClient.anonymous(base);
    TwoTenants t = TwoTenants.create(anon, "notes");
    String chapter = chapter(t);
    ApiClient secondAdmin = TwoTenants.account(anon, t.adminA(), t.a(), "admin2", "admin");
    assertEquals(200, t.adminA().put("/api/t/" + chapter + "/modules/notes", Json.createObjectBuilder()
        .add("enabled", true).build()).status());
    String atChapter = "/api/t/" + chapter + "/notes/";
    String atOrg = "/api/t/" + t.a() + "/notes/";
    long chapterSecret = secret(t.adminA(), atChapter);
    long orgSecret = secret(t.adminA(), atOrg);
    assertEquals(SECRET, t.adminA().get(atChapter + "secrets/" + chapterSecret).object().getString("text"));
    assertEquals(200, file(t.adminA(), atChapter + "notes/" + chapterSecret + "/file").status());

    assertEquals(200, t.adminA().post("/api/t/" + chapter + "/lockdown", Json.createObjectBuilder().build()).status());
    ApiResponse sealed = t.adminA().get(atChapter + "secrets/" + chapterSecret);
    assertLocked(sealed, chapter);
    assertLocked(file(t.adminA(), atChapter + "notes/" + chapterSecret + "/file"), chapter);
    assertLocked(t.adminA().get(atOrg + "secrets/" + orgSecret), chapter);
    assertLocked(file(t.adminA(), atOrg + "notes/" + orgSecret + "/file"), chapter);
    assertEquals(200, t.adminA().get(atChapter + "notebooks").status(), "plain lists still answer");
    assertEquals(201, t.adminA().post(atChapter + "notebooks", Json.createObjectBuilder().add("title", "After the raid")
        .build()).status(), "staff can still record what happens");
    assertEquals(200, t.adminB().get("/api/t/" + t.b() + "/notes/notebooks").status(), "other organisations work on");

    assertEquals(200, t.adminA().post("/api/t/" + chapter + "/lockdown/lift", Json.createObjectBuilder().build()).status());
    assertLocked(t.adminA().get(atChapter + "secrets/" + chapterSecret), chapter);
    assertEquals(200, secondAdmin.post("/api/t/" + chapter + "/lockdown/lift", Json.createObjectBuilder().build()).status());
    assertEquals(SECRET, t.adminA().get(atChapter + "secrets/" + chapterSecret).object().getString("text"));
    assertEquals(SECRET, t.adminA().get(atOrg + "secrets/" + orgSecret).object().getString("text"));
    assertEquals(200, file(t.adminA(), atChapter + "notes/" + chapterSecret + "/file").status());
    assertEquals(200, file(t.adminA(), atOrg + "notes/" + orgSecret + "/file").status());
  }

  @Test
  void a_locked_chapter_makes_and_shows_no_invites_and_its_codes_register_no_one() {
    ApiClient anon = ApiClient.anonymous(base);
    TwoTenants t = TwoTenants.create(anon);
    String chapter = chapter(t);
    ApiClient secondAdmin = TwoTenants.account(anon, t.adminA(), t.a(), "admin2", "admin");
    String invites = "/api/t/" + chapter + "/invites";
    JsonObject issued = t.adminA().post(invites, Json.createObjectBuilder().build()).object();
    long other = t.adminA().post(invites, Json.createObjectBuilder().build()).object().getJsonNumber("id").longValue();
    String version = anon.get("/api/consent").object().getString("version");
    JsonObject registration = Json.createObjectBuilder().add("inviteCode", issued.getString("code"))
        .add("workingName", "Dara").add("username", "dara").add("password", "long enough password")
        .add("consentVersion", version).build();

    assertEquals(200, t.adminA().post("/api/t/" + chapter + "/lockdown", Json.createObjectBuilder().build()).status());
    assertLocked(t.adminA().post(invites, Json.createObjectBuilder().build()), chapter);
    assertLocked(t.adminA().get(invites), chapter);
    assertEquals(200, t.adminA().delete(invites + "/" + other).status(), "withdrawing an invite stays possible");
    ApiResponse refused = anon.post("/api/t/" + chapter + "/registrations", registration);
    assertEquals(404, refused.status(), "the code answers as an unknown one: " + refused);
    assertFalse(refused.body().contains("lock"), refused.toString());
    assertEquals(201, t.adminA().post("/api/t/" + t.a() + "/invites", Json.createObjectBuilder().build()).status(),
        "the organisation's own invites are not the chapter's");

    assertEquals(200, t.adminA().post("/api/t/" + chapter + "/lockdown/lift", Json.createObjectBuilder().build()).status());
    assertEquals(200, secondAdmin.post("/api/t/" + chapter + "/lockdown/lift", Json.createObjectBuilder().build()).status());
    assertEquals(200, t.adminA().get(invites).status());
    assertEquals(201, t.adminA().post(invites, Json.createObjectBuilder().build()).status());
    assertEquals(201, anon.post("/api/t/" + chapter + "/registrations", registration).status());
  }

  private static String chapter(TwoTenants t) {
    String chapter = t.a() + "-sen-sok";
    assertEquals(201, t.adminA().post("/api/tenants", TwoTenants.tenantBody(chapter, "chapter", t.a())).status());
    return chapter;
  }

  private static long secret(ApiClient admin, String module) {
    long notebook = admin.post(module + "notebooks", Json.createObjectBuilder().add("title", "Detentions").build())
        .object().getJsonNumber("id").longValue();
    ApiResponse r = admin.post(module + "secrets", Json.createObjectBuilder().add("notebookId", notebook)
        .add("text", SECRET).build());
    assertEquals(201, r.status(), r.toString());
    return r.object().getJsonNumber("id").longValue();
  }

  private static ApiResponse file(ApiClient admin, String path) {
    return admin.getAccepting(path, "text/plain");
  }

  private static void assertLocked(ApiResponse r, String chapter) {
    assertEquals(423, r.status(), r.toString());
    assertTrue(r.contentType().startsWith("application/problem+json"), r.toString());
    assertTrue(r.object().getString("detail").contains(chapter + " is locked down"), r.toString());
    assertFalse(r.body().contains(SECRET), r.toString());
  }
}
