package org.sahakum.core.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * Invite, register, wait, approve, log in; the ways an invite stops working; the chapter an invite
 * names; and logins that fail alike, whatever was wrong.
 */
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

  @Test
  void an_invite_names_its_chapter_and_every_code_that_would_not_register_gets_the_same_answer() {
    ApiClient anon = ApiClient.anonymous(base);
    TwoTenants t = TwoTenants.create(anon);
    String chapter = chapter(t);
    String locked = chapter(t, "takeo", "តាកែវ", "Takeo");
    String code = invite(t, chapter, 1);
    String lockedCode = invite(t, locked, 5);
    assertEquals(200, t.adminA().post("/api/t/" + locked + "/lockdown", Json.createObjectBuilder().build()).status());

    ApiResponse named = anon.post("/api/t/" + chapter + "/registrations/invite", inviteCheck(code));
    assertEquals(200, named.status(), named.toString());
    assertEquals(chapter, named.object().getString("tenant"));
    assertEquals("កំពត", named.object().getJsonObject("names").getString("km"));
    assertEquals("Kampot", named.object().getJsonObject("names").getString("en"));
    assertEquals(200, anon.post("/api/t/" + chapter + "/registrations/invite", inviteCheck(code.toLowerCase())).status(),
        "a code typed in lower case is the same code");

    ApiResponse unknownCode = anon.post("/api/t/" + chapter + "/registrations/invite", inviteCheck("AAAAAAAAAAAA"));
    List<ApiResponse> refused = List.of(unknownCode,
        anon.post("/api/t/no-such-group-" + chapter + "/registrations/invite", inviteCheck(code)),
        anon.post("/api/t/" + t.a() + "/registrations/invite", inviteCheck(code)),
        anon.post("/api/t/" + t.b() + "/registrations/invite", inviteCheck(code)),
        anon.post("/api/t/platform/registrations/invite", inviteCheck(code)),
        anon.post("/api/t/" + locked + "/registrations/invite", inviteCheck(lockedCode)));
    for (ApiResponse r : refused) {
      assertEquals(404, r.status(), r.toString());
      assertEquals(unknownCode.body(), r.body(), "no answer tells a group, a lockdown or a code apart");
    }
    String version = anon.get("/api/consent").object().getString("version");
    assertEquals(201, anon.post("/api/t/" + chapter + "/registrations", registration(code, "first", version)).status(),
        "naming the chapter used nothing of an invite good for one registration");
    ApiResponse usedUp = anon.post("/api/t/" + chapter + "/registrations/invite", inviteCheck(code));
    assertEquals(404, usedUp.status(), usedUp.toString());
    assertEquals(unknownCode.body(), usedUp.body());
  }

  @Test
  void each_try_of_a_taken_name_uses_the_invite_so_its_holder_cannot_list_the_names_there() {
    ApiClient anon = ApiClient.anonymous(base);
    TwoTenants t = TwoTenants.create(anon);
    String chapter = chapter(t);
    String code = invite(t, chapter, 3);
    String version = anon.get("/api/consent").object().getString("version");
    assertEquals(201, anon.post("/api/t/" + chapter + "/registrations", registration(code, "first", version)).status());
    ApiResponse taken = anon.post("/api/t/" + chapter + "/registrations", registration(code, "first", version));
    assertEquals(409, taken.status(), taken.toString());
    assertEquals(List.of("username-taken", "username"), List.of(taken.object().getString("code"),
        taken.object().getString("field")), "a code the app says in Khmer, beside the field");
    assertEquals(409, anon.post("/api/t/" + chapter + "/registrations", registration(code, "first", version)).status());
    ApiResponse usedUp = anon.post("/api/t/" + chapter + "/registrations", registration(code, "first", version));
    assertEquals(404, usedUp.status(), "three uses: one registration and two taken names; then nothing more: " + usedUp);
    assertEquals(404, anon.post("/api/t/" + chapter + "/registrations", registration(code, "second", version)).status());
    assertEquals(1, t.adminA().get("/api/t/" + chapter + "/registrations").array().size(), "the refusals registered no one");
  }

  @Test
  void a_new_member_logs_in_with_the_group_her_invite_named_and_no_failure_tells_what_was_wrong() {
    ApiClient anon = ApiClient.anonymous(base);
    TwoTenants t = TwoTenants.create(anon);
    String chapter = chapter(t);
    String code = invite(t, chapter, 5);
    String group = anon.post("/api/t/" + chapter + "/registrations/invite", inviteCheck(code)).object().getString("tenant");
    String version = anon.get("/api/consent").object().getString("version");
    assertEquals(201, anon.post("/api/t/" + chapter + "/registrations", registration(code, "waiting", version)).status());
    assertEquals(201, anon.post("/api/t/" + chapter + "/registrations", registration(code, "dara", version)).status());
    long id = t.adminA().get("/api/t/" + chapter + "/registrations").array().stream()
        .map(v -> v.asJsonObject()).filter(m -> m.getString("workingName").equals("Working dara"))
        .findFirst().orElseThrow().getJsonNumber("id").longValue();
    assertEquals(200, t.adminA().post("/api/t/" + chapter + "/registrations/" + id + "/approve",
        Json.createObjectBuilder().build()).status());

    // a few tries of each, interleaved, each kind within the throttle's free failures
    Map<String, List<ApiResponse>> failures = new LinkedHashMap<>();
    Map<String, List<Long>> took = new LinkedHashMap<>();
    for (int i = 0; i < 4; i++) {
      timed(failures, took, "wrong password", anon, login(group, "dara", "not my password " + i));
      timed(failures, took, "unknown name", anon, login(group, "nobody-" + i, PASSWORD));
      timed(failures, took, "unknown group", anon, login("no-such-group-" + i, "dara", PASSWORD));
      timed(failures, took, "name of another group", anon, login(t.a(), "dara", PASSWORD));
      timed(failures, took, "still pending", anon, login(group, "waiting", PASSWORD));
    }
    String first = failures.get("wrong password").get(0).body();
    failures.forEach((kind, answers) -> answers.forEach(r -> {
      assertEquals(401, r.status(), kind + ": " + r);
      assertEquals(first, r.body(), kind + " is told apart from a wrong password");
    }));
    // every failure checks a password (a stand-in hash when there is no account): without it a failure
    // answers about ten times faster than a wrong password. The fastest of each kind is compared, since
    // a busy machine only adds time; the margins leave room for it (measured at load 30: 156 to 2106 ms)
    long wrongPassword = fastest(took.get("wrong password"));
    took.forEach((kind, times) -> {
      long fastest = fastest(times);
      assertTrue(fastest * 3 >= wrongPassword && fastest <= wrongPassword * 4,
          kind + " took " + fastest / 1_000_000 + " ms at best, a wrong password " + wrongPassword / 1_000_000 + " ms: " + times);
    });
    assertEquals(200, anon.post("/api/auth/login", login(group, "dara", PASSWORD)).status(),
        "the name and password she chose, at the group her invite named");
  }

  private static void timed(Map<String, List<ApiResponse>> answers, Map<String, List<Long>> took, String kind,
      ApiClient anon, JsonObject body) {
    long start = System.nanoTime();
    ApiResponse r = anon.post("/api/auth/login", body);
    took.computeIfAbsent(kind, k -> new ArrayList<>()).add(System.nanoTime() - start);
    answers.computeIfAbsent(kind, k -> new ArrayList<>()).add(r);
  }

  private static long fastest(List<Long> times) {
    return times.stream().mapToLong(Long::longValue).min().orElseThrow();
  }

  private static String invite(TwoTenants t, String chapter, int maxUses) {
    ApiResponse invite = t.adminA().post("/api/t/" + chapter + "/invites", Json.createObjectBuilder().add("maxUses", maxUses).build());
    assertEquals(201, invite.status(), invite.toString());
    return invite.object().getString("code");
  }

  private static JsonObject inviteCheck(String code) {
    return Json.createObjectBuilder().add("inviteCode", code).build();
  }

  private static String chapter(TwoTenants t) {
    return chapter(t, "kampot", "កំពត", "Kampot");
  }

  private static String chapter(TwoTenants t, String place, String km, String en) {
    String chapter = t.a() + "-" + place;
    assertEquals(201, t.adminA().post("/api/tenants", Json.createObjectBuilder().add("slug", chapter).add("type", "chapter")
        .add("parent", t.a()).add("names", Json.createObjectBuilder().add("km", km).add("en", en)).build()).status());
    return chapter;
  }

  private static JsonObject registration(String code, String username, String consentVersion) {
    return Json.createObjectBuilder().add("inviteCode", code).add("workingName", "Working " + username)
        .add("username", username).add("password", PASSWORD).add("consentVersion", consentVersion).build();
  }

  private static JsonObject login(String tenant, String username) {
    return login(tenant, username, PASSWORD);
  }

  private static JsonObject login(String tenant, String username, String password) {
    return Json.createObjectBuilder().add("tenant", tenant).add("username", username).add("password", password).build();
  }
}
