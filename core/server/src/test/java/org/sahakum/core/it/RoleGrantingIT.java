package org.sahakum.core.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
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
 * A caller hands on only what it holds: the roles it gives an account, the admin invites it
 * issues and the permissions it puts into a role must all be within its own permissions there.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RoleGrantingIT {

  @ArquillianResource URL base;

  @Deployment(testable = false)
  static WebArchive deployment() throws IOException {
    return CoreIT.deployment();
  }

  @Test
  void an_account_creator_gives_only_roles_whose_permissions_it_holds() {
    ApiClient anon = ApiClient.anonymous(base);
    TwoTenants t = TwoTenants.create(anon);
    String accounts = "/api/t/" + t.a() + "/accounts";
    assertEquals(200, t.adminA().put("/api/t/" + t.a() + "/roles/organiser", WallIT.permissions("tenant:read",
        "modules:use", "member:read", "account:create")).status());
    assertEquals(200, t.adminA().put("/api/t/" + t.a() + "/roles/teacher", WallIT.permissions("tenant:read",
        "member:identity:read")).status());
    ApiClient creator = TwoTenants.account(anon, t.adminA(), t.a(), "creator", "organiser");

    ApiResponse admin = creator.post(accounts, account("minted-admin", "admin"));
    assertEquals(403, admin.status(), "an account creator cannot mint an admin: " + admin);
    assertTrue(admin.object().getString("detail").contains("admin"), admin.toString());
    ApiResponse teacher = creator.post(accounts, account("minted-teacher", "member", "teacher"));
    assertEquals(403, teacher.status(), teacher.toString());
    assertTrue(teacher.object().getString("detail").contains("member:identity:read"), teacher.toString());
    assertEquals(401, anon.post("/api/auth/login", Json.createObjectBuilder().add("tenant", t.a())
        .add("username", "minted-admin").add("password", TwoTenants.ADMIN_PASSWORD).build()).status(), "nothing made");

    assertEquals(201, creator.post(accounts, account("new-member", "member")).status(), "what it holds, it gives");
    assertEquals(201, creator.post(accounts, account("new-organiser", "organiser")).status());
    assertEquals(201, t.adminA().post(accounts, account("new-admin", "admin")).status(), "an admin makes an admin");
    assertEquals(201, t.adminA().post(accounts, account("new-teacher", "teacher")).status());
    assertEquals(6, t.adminA().get("/api/t/" + t.a() + "/audit?action=account.created").array().size(),
        "each account made is on the trail (the first admin, the creator and the four above), no refused one");
  }

  @Test
  void only_an_admin_issues_admin_invites() {
    ApiClient anon = ApiClient.anonymous(base);
    TwoTenants t = TwoTenants.create(anon);
    String invites = "/api/t/" + t.a() + "/admin-invites";
    assertEquals(200, t.adminA().put("/api/t/" + t.a() + "/roles/organiser", WallIT.permissions("tenant:read",
        "account:create")).status());
    ApiClient creator = TwoTenants.account(anon, t.adminA(), t.a(), "creator", "organiser");

    ApiResponse refused = creator.call("POST", invites, null);
    assertEquals(403, refused.status(), "an account creator cannot invite an admin: " + refused);
    assertTrue(refused.object().getString("detail").contains("admin"), refused.toString());
    assertFalse(creator.get(invites).object().getBoolean("mayIssue"));
    ApiResponse issued = t.adminA().call("POST", invites, null);
    assertEquals(201, issued.status(), issued.toString());
    assertEquals("admin", issued.object().getString("kind"));
    assertEquals(1, t.adminA().get("/api/t/" + t.a() + "/audit?action=invite.admin.created").array().size());
  }

  @Test
  void a_chapters_creator_inside_the_wall_cannot_make_its_first_admin() {
    ApiClient anon = ApiClient.anonymous(base);
    TwoTenants t = TwoTenants.create(anon);
    assertEquals(200, t.adminA().put("/api/t/" + t.a() + "/roles/organiser", WallIT.permissions("tenant:read",
        "tenant:create", "account:create")).status());
    ApiClient creator = TwoTenants.account(anon, t.adminA(), t.a(), "creator", "organiser");
    String chapter = t.a() + "-prampi-makara";
    assertEquals(201, creator.post("/api/tenants", TwoTenants.tenantBody(chapter, "chapter", t.a())).status());

    ApiResponse minted = creator.post("/api/t/" + chapter + "/accounts", account("chapter-admin", "admin"));
    assertEquals(403, minted.status(), "creating a chapter does not make its creator the maker of its admin: " + minted);
    ApiResponse invite = creator.call("POST", "/api/t/" + chapter + "/admin-invites", null);
    assertEquals(403, invite.status(), invite.toString());
    assertEquals(201, t.adminA().post("/api/t/" + chapter + "/accounts", account("chapter-admin", "admin")).status(),
        "the organisation's admin makes it");
  }

  @Test
  void a_role_manager_puts_into_a_role_only_what_it_holds() {
    ApiClient anon = ApiClient.anonymous(base);
    TwoTenants t = TwoTenants.create(anon);
    assertEquals(200, t.adminA().put("/api/t/" + t.a() + "/roles/organiser", WallIT.permissions("tenant:read",
        "member:read", "role:manage")).status());
    ApiClient manager = TwoTenants.account(anon, t.adminA(), t.a(), "manager", "organiser");

    ApiResponse widened = manager.put("/api/t/" + t.a() + "/roles/organiser", WallIT.permissions("tenant:read",
        "member:read", "role:manage", "member:identity:read"));
    assertEquals(403, widened.status(), "no self-promotion through role:manage: " + widened);
    assertTrue(widened.object().getString("detail").contains("member:identity:read"), widened.toString());
    assertEquals(403, manager.put("/api/t/" + t.a() + "/roles/teacher", WallIT.permissions("member:export")).status());
    assertEquals(200, manager.put("/api/t/" + t.a() + "/roles/teacher", WallIT.permissions("tenant:read",
        "member:read")).status(), "what it holds, it may give");

    assertEquals(200, t.adminA().put("/api/t/" + t.a() + "/roles/paralegal", WallIT.permissions("tenant:read"))
        .status());
    ApiResponse reset = manager.delete("/api/t/" + t.a() + "/roles/paralegal");
    assertEquals(403, reset.status(), "a reset to defaults it does not hold (modules:use) widens the role: " + reset);
  }

  private static JsonObject account(String username, String... roles) {
    var list = Json.createArrayBuilder();
    for (String r : roles) {
      list.add(r);
    }
    return Json.createObjectBuilder().add("username", username).add("password", TwoTenants.ADMIN_PASSWORD)
        .add("roles", list).build();
  }
}
