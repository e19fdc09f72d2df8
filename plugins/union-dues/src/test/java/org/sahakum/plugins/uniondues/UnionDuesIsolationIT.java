package org.sahakum.plugins.uniondues;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneOffset;
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
 * The core with the union-dues jar Maven just built: the isolation contract, and what a treasurer
 * would notice when a payment is entered wrongly.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class UnionDuesIsolationIT extends ModuleIsolationContract {
  private static final String PAYMENTS = "/union-dues/payments";

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
    return UnionDuesModule.ID;
  }

  @Override
  protected String collection() {
    return "payments";
  }

  @Override
  protected JsonObject newRow() {
    return payment(500_000, "KHR", LocalDate.now(ZoneOffset.UTC).minusDays(3));
  }

  @Test
  void a_recorded_payment_reads_back_as_entered() {
    TwoTenants t = TwoTenants.create(ApiClient.anonymous(base), moduleId());
    String payments = "/api/t/" + t.a() + PAYMENTS;
    LocalDate paidOn = LocalDate.now(ZoneOffset.UTC).minusDays(1);
    ApiResponse created = t.adminA().post(payments, payment(250, "USD", paidOn));
    assertEquals(201, created.status(), created.toString());

    ApiResponse read = t.adminA().get(payments + "/" + created.object().get("id"));
    assertEquals(200, read.status(), read.toString());
    assertEquals(250, read.object().getJsonNumber("amountMinor").longValueExact());
    assertEquals("USD", read.object().getString("currency"));
    assertEquals(paidOn.toString(), read.object().getString("paidOn"));
  }

  @Test
  void a_negative_amount_or_an_unknown_currency_is_refused() {
    TwoTenants t = TwoTenants.create(ApiClient.anonymous(base), moduleId());
    String payments = "/api/t/" + t.a() + PAYMENTS;
    LocalDate yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1);

    ApiResponse negative = t.adminA().post(payments, payment(-100, "KHR", yesterday));
    assertEquals(400, negative.status(), negative.toString());
    assertTrue(negative.contentType().startsWith("application/problem+json"), negative.contentType());
    assertTrue(negative.object().getString("detail").contains("amountMinor"), negative.toString());

    ApiResponse euro = t.adminA().post(payments, payment(100, "EUR", yesterday));
    assertEquals(400, euro.status(), euro.toString());
    assertTrue(euro.object().getString("detail").contains("currency"), euro.toString());
    assertEquals(0, t.adminA().get(payments).array().size(), "nothing was recorded");
  }

  @Test
  void a_payment_dated_in_the_future_is_refused_and_not_recorded() {
    TwoTenants t = TwoTenants.create(ApiClient.anonymous(base), moduleId());
    String payments = "/api/t/" + t.a() + PAYMENTS;
    // two days ahead is the future in every time zone
    ApiResponse r = t.adminA().post(payments, payment(1000, "KHR", LocalDate.now(ZoneOffset.UTC).plusDays(2)));
    assertEquals(400, r.status(), r.toString());
    assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
    assertTrue(r.object().getString("detail").contains("paidOn"), r.toString());
    assertEquals(0, t.adminA().get(payments).array().size(), "nothing was recorded");
  }

  private static JsonObject payment(long amountMinor, String currency, LocalDate paidOn) {
    return Json.createObjectBuilder()
        .add("amountMinor", amountMinor).add("currency", currency).add("paidOn", paidOn.toString()).build();
  }
}
