package org.sahakum.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The isolation contract every module's integration test extends: rows one organisation writes
 * through the module never reach another organisation, by listing, by id, or by calling the
 * first organisation's URLs; and a tenant that has not switched the module on gets 404.
 *
 * <p>A subclass is an Arquillian client test that deploys the core with its module and answers
 * the few questions below.
 */
public abstract class ModuleIsolationContract {

  /** The deployment URL, from {@code @ArquillianResource}. */
  protected abstract URL base();

  protected abstract String moduleId();

  /** A collection of the module, relative to its mount, e.g. {@code cases}. */
  protected abstract String collection();

  /** A valid body to create one row in {@link #collection()}. */
  protected abstract JsonObject newRow();

  private String path(String tenant) {
    return "/api/t/" + tenant + "/" + moduleId() + "/" + collection();
  }

  @Test
  void a_row_written_by_one_organisation_is_invisible_to_another() {
    ApiClient anonymous = ApiClient.anonymous(base());
    TwoTenants t = TwoTenants.create(anonymous, moduleId());
    ApiResponse created = t.adminA().post(path(t.a()), newRow());
    assertEquals(201, created.status(), created.toString());
    String id = created.object().get("id").toString();

    ApiResponse listA = t.adminA().get(path(t.a()));
    assertEquals(200, listA.status(), listA.toString());
    assertTrue(containsId(listA, id), "the writer sees its own row");

    ApiResponse listB = t.adminB().get(path(t.b()));
    assertEquals(200, listB.status(), listB.toString());
    assertFalse(containsId(listB, id), "another organisation's list must not hold the row");
    assertEquals(404, t.adminB().get(path(t.b()) + "/" + id).status(), "reading the row by id from B");
  }

  @Test
  void another_organisations_admin_cannot_use_the_first_ones_urls() {
    ApiClient anonymous = ApiClient.anonymous(base());
    TwoTenants t = TwoTenants.create(anonymous, moduleId());
    ApiResponse created = t.adminA().post(path(t.a()), newRow());
    assertEquals(201, created.status(), created.toString());
    String id = created.object().get("id").toString();

    assertEquals(404, t.adminB().get(path(t.a())).status());
    assertEquals(404, t.adminB().get(path(t.a()) + "/" + id).status());
    assertEquals(404, t.adminB().post(path(t.a()), newRow()).status());
    assertEquals(1, t.adminA().get(path(t.a())).array().size(), "B's attempts wrote nothing into A");
  }

  @Test
  void anonymous_callers_get_nothing() {
    ApiClient anonymous = ApiClient.anonymous(base());
    TwoTenants t = TwoTenants.create(anonymous, moduleId());
    assertEquals(401, anonymous.get(path(t.a())).status());
    assertEquals(401, anonymous.post(path(t.a()), newRow()).status());
  }

  @Test
  void a_tenant_without_the_module_gets_404() {
    ApiClient anonymous = ApiClient.anonymous(base());
    ApiClient operator = anonymous.asPlatformAdmin();
    String slug = "org-off-" + UUID.randomUUID().toString().substring(0, 8);
    ApiClient admin = TwoTenants.organisation(anonymous, operator, slug);
    ApiResponse r = admin.get(path(slug));
    assertEquals(404, r.status(), r.toString());
    assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
  }

  private static boolean containsId(ApiResponse list, String id) {
    for (JsonValue v : list.array()) {
      if (v.asJsonObject().get("id").toString().equals(id)) {
        return true;
      }
    }
    return false;
  }
}
