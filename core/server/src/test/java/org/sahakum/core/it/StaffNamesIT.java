package org.sahakum.core.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.util.List;
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
 * The staff by name for an {@code account} field ({@code GET /api/t/{tenant}/staff?holding=}):
 * the holders of a permission, paged, asked only by a holder, never about members.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StaffNamesIT {

  @ArquillianResource URL base;

  @Deployment(testable = false)
  static WebArchive deployment() throws java.io.IOException {
    return CoreIT.deployment();
  }

  @Test
  void a_holder_pages_through_the_holders_by_name_and_nobody_lists_members() {
    ApiClient anon = ApiClient.anonymous(base);
    TwoTenants t = TwoTenants.create(anon);
    ApiClient organiser = TwoTenants.account(anon, t.adminA(), t.a(), "sokha", "organiser");
    ApiClient paralegal = TwoTenants.account(anon, t.adminA(), t.a(), "dara", "paralegal");
    TwoTenants.account(anon, t.adminA(), t.a(), "member-one", "member");
    String staff = "/api/t/" + t.a() + "/staff";

    ApiResponse all = organiser.get(staff + "?holding=member:read");
    assertEquals(200, all.status(), all.toString());
    assertEquals(List.of("admin", "sokha"), usernames(all));
    assertEquals("2", all.headers().firstValue("X-Total-Count").orElse(null));
    ApiResponse second = organiser.get(staff + "?holding=member:read&offset=1&limit=1");
    assertEquals(List.of("sokha"), usernames(second), "the second page");
    assertEquals("2", second.headers().firstValue("X-Total-Count").orElse(null));

    assertEquals(403, paralegal.get(staff + "?holding=member:read").status(), "only a holder asks who else holds it");
    ApiResponse members = organiser.get(staff + "?holding=modules:use");
    assertEquals(400, members.status(), members.toString());
    assertEquals("holding-member-permission", members.object().getString("code"));
    assertEquals("holding-required", organiser.get(staff).object().getString("code"));
    assertEquals(2, t.adminA().get("/api/t/" + t.a() + "/audit?action=staff.listed").array().size(),
        "each answered list is in the audit trail, the refused ones not");
  }

  private static List<String> usernames(ApiResponse r) {
    return r.array().stream().map(v -> v.asJsonObject().getString("username")).toList();
  }
}
