package org.sahakum.core.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
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

/** The admin's calls: renaming and suspending tenants, roles, data-key rotation, audit filters, the export. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdministrationIT {

  @ArquillianResource URL base;

  @Deployment(testable = false)
  static WebArchive deployment() throws java.io.IOException {
    return CoreIT.deployment();
  }

  @Test
  void a_tenant_is_renamed_by_its_admin_and_suspended_only_from_above() {
    ApiClient anon = ApiClient.anonymous(base);
    TwoTenants t = TwoTenants.create(anon);
    ApiResponse renamed = t.adminA().call("PATCH", "/api/tenants/" + t.a(), Json.createObjectBuilder()
        .add("names", Json.createObjectBuilder().add("km", "បណ្តាញស្ត្រី").add("en", "Women's Network")).build());
    assertEquals(200, renamed.status(), renamed.toString());
    assertEquals("បណ្តាញស្ត្រី", t.adminA().get("/api/tenants/" + t.a()).object().getJsonObject("names").getString("km"));
    assertEquals(404, t.adminB().call("PATCH", "/api/tenants/" + t.a(), Json.createObjectBuilder()
        .add("names", Json.createObjectBuilder().add("km", "ក").add("en", "Taken over")).build()).status());

    assertEquals(403, t.adminA().call("PUT", "/api/tenants/" + t.a() + "/suspension", null).status(),
        "an admin cannot suspend their own tenant");
    ApiClient operator = anon.asPlatformAdmin();
    ApiResponse suspended = operator.call("PUT", "/api/tenants/" + t.a() + "/suspension", null);
    assertEquals("suspended", suspended.object().getString("status"), suspended.toString());
    assertEquals(401, t.adminA().get("/api/t/" + t.a() + "/members").status(), "the open session ended");
    assertEquals(401, login(anon, t.a()).status(), "nobody there can log in");
    assertEquals(200, t.adminB().get("/api/t/" + t.b() + "/members").status(), "other tenants go on");

    assertEquals("active", operator.call("DELETE", "/api/tenants/" + t.a() + "/suspension", null).object()
        .getString("status"));
    assertEquals(200, login(anon, t.a()).status(), "after resuming, logins work again");
    assertEquals(409, operator.call("PUT", "/api/tenants/platform/suspension", null).status());
  }

  @Test
  void an_admin_changes_what_a_role_may_do_and_the_change_holds_at_once() {
    ApiClient anon = ApiClient.anonymous(base);
    TwoTenants t = TwoTenants.create(anon);
    ApiClient organiser = TwoTenants.account(anon, t.adminA(), t.a(), "organiser", "organiser");
    String register = "/api/t/" + t.a() + "/members";
    assertEquals(200, organiser.get(register).status());
    JsonObject roles = t.adminA().get("/api/t/" + t.a() + "/roles").object();
    assertTrue(roles.getJsonObject("catalogue").containsKey("member:identity:read"), roles.toString());

    ApiResponse narrowed = t.adminA().put("/api/t/" + t.a() + "/roles/organiser", Json.createObjectBuilder()
        .add("permissions", Json.createArrayBuilder().add("tenant:read").add("invite:manage")).build());
    assertEquals(200, narrowed.status(), narrowed.toString());
    assertEquals(403, organiser.get(register).status(), "the organiser no longer reads the register");
    assertEquals(400, t.adminA().put("/api/t/" + t.a() + "/roles/organiser", Json.createObjectBuilder()
        .add("permissions", Json.createArrayBuilder().add("everything:please")).build()).status());
    assertEquals(409, t.adminA().put("/api/t/" + t.a() + "/roles/admin", Json.createObjectBuilder()
        .add("permissions", Json.createArrayBuilder()).build()).status(), "the admin role cannot be emptied");
    assertEquals(403, organiser.put("/api/t/" + t.a() + "/roles/organiser", Json.createObjectBuilder()
        .add("permissions", Json.createArrayBuilder().add("member:identity:read")).build()).status(), "no self-promotion");
    assertEquals(200, t.adminB().get("/api/t/" + t.b() + "/roles").status());

    assertEquals(200, t.adminA().delete("/api/t/" + t.a() + "/roles/organiser").status());
    assertEquals(200, organiser.get(register).status(), "back to the defaults");
    assertEquals(2, t.adminA().get("/api/t/" + t.a() + "/audit?targetType=role").array().size());
  }

  @Test
  void a_key_rotation_reseals_the_register_while_it_stays_readable() throws InterruptedException {
    TwoTenants t = TwoTenants.create(ApiClient.anonymous(base));
    String register = "/api/t/" + t.a() + "/members";
    long id = 0;
    for (int i = 0; i < 5; i++) {
      id = t.adminA().post(register, Json.createObjectBuilder().add("workingName", "Member " + i)
          .add("legalName", "Legal " + i).add("phone", "012 000 10" + i).build()).object().getJsonNumber("id").longValue();
    }
    assertEquals(1, t.adminA().get("/api/t/" + t.a() + "/keys").object().getInt("version"));
    ApiResponse started = t.adminA().call("POST", "/api/t/" + t.a() + "/keys/rotation", null);
    assertEquals(202, started.status(), started.toString());
    assertEquals(2, started.object().getInt("version"));
    JsonObject rotation = null;
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    while (Instant.now().isBefore(deadline)) {
      rotation = t.adminA().get("/api/t/" + t.a() + "/keys").object().getJsonObject("rotation");
      if (!"running".equals(rotation.getString("state"))) {
        break;
      }
      Thread.sleep(200);
    }
    assertEquals("done", rotation.getString("state"), rotation.toString());
    assertEquals(5, rotation.getInt("done"));
    ApiResponse revealed = t.adminA().post(register + "/" + id + "/identity",
        Json.createObjectBuilder().add("reason", "Checking the rotation kept it").build());
    assertEquals("Legal 4", revealed.object().getString("legalName"));
    assertEquals(1, MembersIT.search(t.adminA(), register, "phone", "012000104").size(), "phone search still works");
    assertEquals(1, t.adminA().get("/api/t/" + t.a() + "/audit?action=key.rotation.finished").array().size());
  }

  @Test
  void the_audit_is_filtered_and_the_export_is_safe_audited_and_refused_under_lockdown() {
    ApiClient anon = ApiClient.anonymous(base);
    TwoTenants t = TwoTenants.create(anon);
    String chapter = t.a() + "-daun-penh";
    assertEquals(201, t.adminA().post("/api/tenants", Json.createObjectBuilder().add("slug", chapter).add("type", "chapter")
        .add("parent", t.a()).add("names", Json.createObjectBuilder().add("km", "ដូនពេញ").add("en", "Daun Penh")).build())
        .status());
    String register = "/api/t/" + t.a() + "/members";
    assertEquals(201, t.adminA().post(register, Json.createObjectBuilder().add("workingName", "=HYPERLINK(\"http://x\")")
        .add("chapter", chapter).build()).status());
    assertEquals(201, t.adminA().post(register, Json.createObjectBuilder().add("workingName", "ស្រីពៅ").build()).status());

    ApiResponse csv = t.adminA().getAccepting(register + "/export", "text/csv");
    assertEquals(200, csv.status(), csv.toString());
    assertTrue(csv.body().contains("\"'=HYPERLINK(\"\"http://x\"\")\""), "a formula is kept as text: " + csv.body());
    assertTrue(csv.body().contains("ស្រីពៅ"));
    assertEquals(3, csv.body().split("\r\n").length, "a header and two members");
    ApiClient organiser = TwoTenants.account(anon, t.adminA(), t.a(), "organiser", "organiser");
    assertEquals(403, organiser.getAccepting(register + "/export", "text/csv").status(), "exporting is the admin's");

    JsonArray exports = t.adminA().get("/api/t/" + t.a() + "/audit?action=member.exported").array();
    assertEquals(1, exports.size());
    assertEquals("2 rows", exports.getJsonObject(0).getString("reason"));
    long adminId = exports.getJsonObject(0).getJsonNumber("actor").longValue();
    assertFalse(t.adminA().get("/api/t/" + t.a() + "/audit?actor=" + adminId + "&action=member.created").array().isEmpty());
    assertTrue(t.adminA().get("/api/t/" + t.a() + "/audit?actor=" + (adminId + 100_000)).array().isEmpty());
    assertTrue(t.adminA().get("/api/t/" + t.a() + "/audit?from=2999-01-01T00:00:00Z").array().isEmpty());
    assertEquals(400, t.adminA().get("/api/t/" + t.a() + "/audit?from=yesterday").status());
    JsonArray page = t.adminA().get("/api/t/" + t.a() + "/audit?limit=2").array();
    long older = page.getJsonObject(1).getJsonNumber("seq").longValue();
    assertEquals(older - 1, t.adminA().get("/api/t/" + t.a() + "/audit?limit=1&before=" + older).array()
        .getJsonObject(0).getJsonNumber("seq").longValue(), "paging back through the trail");

    assertEquals(200, t.adminA().call("POST", "/api/t/" + chapter + "/lockdown", null).status());
    assertEquals(423, t.adminA().getAccepting(register + "/export", "text/csv").status(), "not while a chapter is locked");
    assertEquals(423, t.adminA().getAccepting("/api/t/" + chapter + "/members/export", "text/csv").status());
    assertEquals(1, t.adminA().get("/api/t/" + t.a() + "/audit?action=member.exported").array().size());
  }

  private static ApiResponse login(ApiClient anon, String tenant) {
    return anon.post("/api/auth/login", Json.createObjectBuilder().add("tenant", tenant).add("username", "admin")
        .add("password", TwoTenants.ADMIN_PASSWORD).build());
  }
}
