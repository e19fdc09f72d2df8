package org.sahakum.plugins.legalaid;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.sahakum.testkit.ModuleIsolationContract;
import org.sahakum.testkit.SahakumDeployment;
import org.sahakum.testkit.TwoTenants;

/**
 * The core with the legal-aid jar Maven just built: the isolation contract, and what a paralegal
 * would notice when a case is entered wrongly.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LegalAidIsolationIT extends ModuleIsolationContract {
  private static final String CASES = "/legal-aid/cases";

  @ArquillianResource URL base;

  @Deployment(testable = false)
  public static WebArchive deployment() {
    return SahakumDeployment.withModuleUnderTest();
  }

  @Override
  protected URL base() {
    return base;
  }

  @Override
  protected String moduleId() {
    return LegalAidModule.ID;
  }

  @Override
  protected String collection() {
    return "cases";
  }

  @Override
  protected JsonObject newRow() {
    return Json.createObjectBuilder().add("caseType", "detention").add("clientKind", "member").build();
  }

  @Test
  void a_new_case_is_open_and_listed_first() {
    TwoTenants t = TwoTenants.create(ApiClient.anonymous(base), moduleId());
    String cases = "/api/t/" + t.a() + CASES;
    t.adminA().post(cases, newRow());
    ApiResponse created = t.adminA().post(cases,
        Json.createObjectBuilder().add("caseType", "labour").add("clientKind", "non-member").build());
    assertEquals(201, created.status(), created.toString());
    assertEquals("open", created.object().getString("status"));
    assertTrue(created.headers().firstValue("Location").orElse("").endsWith(cases + "/" + created.object().get("id")));

    ApiResponse list = t.adminA().get(cases + "?limit=1");
    assertEquals(200, list.status(), list.toString());
    assertEquals(1, list.array().size());
    assertEquals("labour", list.array().getJsonObject(0).getString("caseType"));
    assertEquals(400, t.adminA().get(cases + "?limit=0").status());
    ApiResponse notANumber = t.adminA().get(cases + "?limit=ten");
    assertEquals(400, notANumber.status(), notANumber.toString());
    assertTrue(notANumber.object().getString("detail").contains("limit"), notANumber.toString());
  }

  @Test
  void a_bad_case_type_is_refused_with_the_field_named() {
    TwoTenants t = TwoTenants.create(ApiClient.anonymous(base), moduleId());
    String cases = "/api/t/" + t.a() + CASES;
    ApiResponse r = t.adminA().post(cases,
        Json.createObjectBuilder().add("caseType", "arrest").add("clientKind", "member").build());
    assertEquals(400, r.status(), r.toString());
    assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
    assertTrue(r.object().getString("detail").contains("caseType"), r.toString());

    ApiResponse unknownField = t.adminA().post(cases, Json.createObjectBuilder()
        .add("caseType", "court").add("clientKind", "member").add("id", 1).build());
    assertEquals(400, unknownField.status(), unknownField.toString());
    assertEquals(0, t.adminA().get(cases).array().size(), "nothing was written");
  }

  @Test
  void a_case_that_does_not_exist_is_404() {
    TwoTenants t = TwoTenants.create(ApiClient.anonymous(base), moduleId());
    ApiResponse r = t.adminA().get("/api/t/" + t.a() + CASES + "/999999999");
    assertEquals(404, r.status(), r.toString());
    assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
  }
}
