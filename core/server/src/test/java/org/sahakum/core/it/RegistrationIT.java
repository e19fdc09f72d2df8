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

/** Invite, register, wait, approve, log in; and the ways an invite stops working. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RegistrationIT {
  private static final String PASSWORD = "my own password";

  @ArquillianResource URL base;

  @Deployment(testable = false)
  static WebArchive deployment() throws java.io.IOException {
    return CoreIT.deployment();
  }

  @Test
  void invite_register_approve_then_log_in() {
    ApiClient anon = ApiClient.anonymous(base);
    TwoTenants t = TwoTenants.create(anon);
    String chapter = chapter(t);
    ApiResponse invite = t.adminA().post("/api/t/" + chapter + "/invites", Json.createObjectBuilder().build());
    assertEquals(201, invite.status(), invite.toString());
    String code = invite.object().getString("code");
    assertTrue(invite.object().getString("url").contains("#/join/" + chapter + "/" + code), invite.toString());
    assertFalse(t.adminA().get("/api/t/" + chapter + "/invites").body().contains(code), "the code is shown once only");

    String version = anon.get("/api/consent").object().getString("version");
    ApiResponse registered = anon.post("/api/t/" + chapter + "/registrations", registration(code, "sophea", version));
    assertEquals(201, registered.status(), registered.toString());
    assertEquals("pending", registered.object().getString("status"));
    assertEquals(401, anon.post("/api/auth/login", login(chapter, "sophea")).status(), "no login before approval");

    ApiResponse queue = t.adminA().get("/api/t/" + chapter + "/registrations?status=pending");
    assertEquals(1, queue.array().size(), queue.toString());
    assertEquals(1, t.adminA().get("/api/t/" + chapter + "/registrations/count").object().getInt("count"), "the chapter's count");
    assertEquals(1, t.adminA().get("/api/t/" + t.a() + "/registrations/count").object().getInt("count"),
        "the organisation counts its chapters' too");
    long id = queue.array().getJsonObject(0).getJsonNumber("id").longValue();
    assertEquals(200, t.adminA().post("/api/t/" + chapter + "/registrations/" + id + "/approve",
        Json.createObjectBuilder().build()).status());
    assertEquals(0, t.adminA().get("/api/t/" + chapter + "/registrations").array().size());
    assertEquals(0, t.adminA().get("/api/t/" + chapter + "/registrations/count").object().getInt("count"));
    assertEquals(200, anon.post("/api/auth/login", login(chapter, "sophea")).status(), "the member logs in");
    ApiClient sophea = anon.login(chapter, "sophea", PASSWORD);
    assertTrue(sophea.get("/api/t/" + chapter + "/permissions").object().getBoolean("member"), "the web app learns a member");
    assertFalse(t.adminA().get("/api/t/" + chapter + "/permissions").object().getBoolean("member"));
    assertEquals("active", t.adminA().get("/api/t/" + chapter + "/members/" + id).object().getString("status"));
  }

  @Test
  void an_invite_stops_at_its_limit_when_withdrawn_and_for_another_chapter() {
    ApiClient anon = ApiClient.anonymous(base);
    TwoTenants t = TwoTenants.create(anon);
    String chapter = chapter(t);
    String version = anon.get("/api/consent").object().getString("version");
    ApiResponse once = t.adminA().post("/api/t/" + chapter + "/invites", Json.createObjectBuilder().add("maxUses", 1).build());
    String code = once.object().getString("code");
    assertEquals(404, anon.post("/api/t/" + t.a() + "/registrations", registration(code, "elsewhere", version)).status(),
        "an invite works only where it was issued");
    assertEquals(201, anon.post("/api/t/" + chapter + "/registrations", registration(code, "first", version)).status());
    ApiResponse second = anon.post("/api/t/" + chapter + "/registrations", registration(code, "second", version));
    assertEquals(404, second.status(), second.toString());

    ApiResponse other = t.adminA().post("/api/t/" + chapter + "/invites", Json.createObjectBuilder().build());
    long otherId = other.object().getJsonNumber("id").longValue();
    assertEquals(400, anon.post("/api/t/" + chapter + "/registrations",
        registration(other.object().getString("code"), "old-consent", "1999-v0")).status(), "a stale consent version");
    assertEquals(200, t.adminA().delete("/api/t/" + chapter + "/invites/" + otherId).status());
    assertEquals(404, anon.post("/api/t/" + chapter + "/registrations",
        registration(other.object().getString("code"), "late", version)).status(), "a withdrawn invite");
  }

  @Test
  void a_rejected_registration_keeps_no_name_and_cannot_log_in() {
    ApiClient anon = ApiClient.anonymous(base);
    TwoTenants t = TwoTenants.create(anon);
    String chapter = chapter(t);
    String code = t.adminA().post("/api/t/" + chapter + "/invites", Json.createObjectBuilder().build()).object().getString("code");
    String version = anon.get("/api/consent").object().getString("version");
    assertEquals(201, anon.post("/api/t/" + chapter + "/registrations", registration(code, "stranger", version)).status());
    long id = t.adminA().get("/api/t/" + chapter + "/registrations").array().getJsonObject(0).getJsonNumber("id").longValue();
    ApiResponse rejected = t.adminA().post("/api/t/" + chapter + "/registrations/" + id + "/reject",
        Json.createObjectBuilder().add("reason", "Not known to the chapter").build());
    assertEquals(200, rejected.status(), rejected.toString());
    assertEquals(401, anon.post("/api/auth/login", login(chapter, "stranger")).status());
    assertEquals(404, t.adminA().get("/api/t/" + chapter + "/members/" + id).status());
    assertFalse(t.adminA().get("/api/t/" + t.a() + "/members").body().contains("Working stranger"));
  }

  private static String chapter(TwoTenants t) {
    String chapter = t.a() + "-kampot";
    assertEquals(201, t.adminA().post("/api/tenants", Json.createObjectBuilder().add("slug", chapter).add("type", "chapter")
        .add("parent", t.a()).add("names", Json.createObjectBuilder().add("km", "កំពត").add("en", "Kampot")).build()).status());
    return chapter;
  }

  private static JsonObject registration(String code, String username, String consentVersion) {
    return Json.createObjectBuilder().add("inviteCode", code).add("workingName", "Working " + username)
        .add("username", username).add("password", PASSWORD).add("consentVersion", consentVersion).build();
  }

  private static JsonObject login(String tenant, String username) {
    return Json.createObjectBuilder().add("tenant", tenant).add("username", username).add("password", PASSWORD).build();
  }
}
