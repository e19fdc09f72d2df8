package org.sahakum.plugins.legalaid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahakum.testkit.ApiResponse;

/** The referral directory and referrals out through the API: consent, the workflow, erasure. */
abstract class ReferralChecks extends ViolationChecks {

  static JsonObject service(String name, String kind) {
    return Json.createObjectBuilder().add("name", name).add("serviceKind", kind).add("area", "pp-toul-kork")
        .add("phone", "+855 12 345 678").build();
  }

  static JsonObject referral(long caseId, long serviceId, boolean consentGiven) {
    return Json.createObjectBuilder().add("caseId", caseId).add("serviceId", serviceId).add("referralNeed", "health-care")
        .add("consentGiven", consentGiven).build();
  }

  static long addService(Org o, String name) {
    return id(expect(201, o.admin().post(o.path("services"), service(name, "health"))));
  }

  @Test
  void the_directory_lists_changes_and_retires_services_but_keeps_those_referred_to() {
    Org o = Org.create(anonymous());
    long clinic = addService(o, "Clinic B");
    long shelter = id(expect(201, o.admin().post(o.path("services"), service("A shelter", "shelter"))));
    List<String> names = o.admin().get(o.path("services")).array().getValuesAs(JsonObject.class).stream()
        .map(s -> s.getString("name")).toList();
    assertEquals(List.of("A shelter", "Clinic B"), names, "by name");
    ApiResponse badKind = expect(400, o.admin().post(o.path("services"), service("X", "bank")));
    assertTrue(badKind.object().getString("detail").contains("serviceKind"), badKind.toString());
    expect(400, o.admin().post(o.path("services"), Json.createObjectBuilder(service("X", "ngo")).add("active", false)
        .build()));
    JsonObject retired = expect(200, o.admin().put(o.path("services/" + shelter), Json.createObjectBuilder(
        service("A shelter", "shelter")).add("active", false).build())).object();
    assertFalse(retired.getBoolean("active"));
    assertEquals(List.of("Clinic B"), o.admin().get(o.path("services?active=true")).array()
        .getValuesAs(JsonObject.class).stream().map(s -> s.getString("name")).toList());
    long caseId = o.openCase(newRow());
    ApiResponse toRetired = expect(422, o.admin().post(o.path("referrals"), referral(caseId, shelter, true)));
    assertTrue(toRetired.object().getString("detail").contains("no longer active"), toRetired.toString());
    expect(201, o.admin().post(o.path("referrals"), referral(caseId, clinic, true)));
    ApiResponse kept = expect(409, o.admin().call("DELETE", o.path("services/" + clinic), null));
    assertTrue(kept.object().getString("detail").contains("active to false"), kept.toString());
    expect(204, o.admin().call("DELETE", o.path("services/" + shelter), null));
    expect(404, o.admin().get(o.path("services/" + shelter)));
    assertEquals("Clinic B", o.admin().get(o.path("services/" + clinic)).object().getString("name"));
    assertTrue(o.auditActions().containsAll(List.of("legal-aid:service.created", "legal-aid:service.deactivated",
        "legal-aid:service.deleted")));
  }

  @Test
  void a_referral_needs_consent_to_be_sent_and_follows_its_workflow() {
    Org o = Org.create(anonymous());
    long caseId = o.openCase(memberCase(o.memberCode()));
    long clinic = addService(o, "Clinic");
    JsonObject proposed = expect(201, o.admin().post(o.path("referrals"), referral(caseId, clinic, false))).object();
    long id = id(proposed);
    assertEquals("proposed", proposed.getString("referralStatus"));
    assertEquals("pending", proposed.getString("consent"));
    assertEquals("Clinic", proposed.getString("serviceName"));
    ApiResponse noConsent = expect(409, o.admin().post(o.path("referrals/" + id + "/send"), empty()));
    assertTrue(noConsent.object().getString("detail").contains("consent"), noConsent.toString());
    expect(200, o.admin().put(o.path("referrals/" + id + "/consent"), given(false)));
    assertEquals("refused", o.admin().get(o.path("referrals/" + id)).object().getString("consent"));
    expect(409, o.admin().post(o.path("referrals/" + id + "/send"), empty()));
    JsonObject consented = expect(200, o.admin().put(o.path("referrals/" + id + "/consent"), given(true))).object();
    assertEquals("given", consented.getString("consent"));
    assertFalse(consented.isNull("consentAt"));
    assertFalse(consented.isNull("consentRecordedBy"), "who recorded the answer is on record");
    ApiResponse early = expect(409, o.admin().post(o.path("referrals/" + id + "/complete"), empty()));
    assertTrue(early.object().getString("detail").contains("proposed"), early.toString());
    assertEquals("sent", expect(200, o.admin().post(o.path("referrals/" + id + "/send"), empty()))
        .object().getString("referralStatus"));
    expect(409, o.admin().put(o.path("referrals/" + id + "/consent"), given(true)));
    expect(200, o.admin().post(o.path("referrals/" + id + "/accept"), empty()));
    JsonObject withdrawn = expect(200, o.admin().put(o.path("referrals/" + id + "/consent"), given(false))).object();
    assertEquals("withdrawn", withdrawn.getString("consent"));
    assertEquals("cancelled", withdrawn.getString("referralStatus"), "withdrawing consent stops the referral");
    ApiResponse afterCancel = expect(409, o.admin().post(o.path("referrals/" + id + "/complete"), empty()));
    assertTrue(afterCancel.object().getString("detail").contains("cancelled"), afterCancel.toString());
    assertTrue(o.auditActions().containsAll(List.of("legal-aid:referral.proposed", "legal-aid:referral.consent-refused",
        "legal-aid:referral.consent-given", "legal-aid:referral.send", "legal-aid:referral.accept",
        "legal-aid:referral.consent-withdrawn", "legal-aid:referral.cancel")));
  }

  @Test
  void referrals_are_listed_by_case_and_by_status_and_bad_ones_refused() {
    Org o = Org.create(anonymous());
    long first = o.openCase(newRow());
    long second = o.openCase(newRow());
    long clinic = addService(o, "Clinic");
    long sent = id(expect(201, o.admin().post(o.path("referrals"), referral(first, clinic, true))));
    expect(200, o.admin().post(o.path("referrals/" + sent + "/send"), empty()));
    expect(201, o.admin().post(o.path("referrals"), referral(first, clinic, false)));
    expect(201, o.admin().post(o.path("referrals"), referral(second, clinic, false)));
    assertEquals(2, o.admin().get(o.path("cases/" + first + "/referrals")).array().size());
    assertEquals(3, o.admin().get(o.path("referrals")).array().size());
    List<JsonObject> onlySent = o.admin().get(o.path("referrals?status=sent")).array().getValuesAs(JsonObject.class);
    assertEquals(List.of(sent), onlySent.stream().map(LegalFixture::id).toList());
    assertEquals(2, o.admin().get(o.path("referrals?status=proposed")).array().size());
    expect(400, o.admin().get(o.path("referrals?status=lost")));
    expect(422, o.admin().post(o.path("referrals"), referral(999_999_999L, clinic, true)));
    expect(422, o.admin().post(o.path("referrals"), referral(first, 999_999_999L, true)));
    expect(400, o.admin().post(o.path("referrals"), Json.createObjectBuilder(referral(first, clinic, true))
        .add("referralNeed", "money").build()));
    expect(400, o.admin().post(o.path("referrals"), Json.createObjectBuilder(referral(first, clinic, true))
        .add("referralStatus", "completed").build()));
    expect(404, o.admin().get(o.path("cases/999999999/referrals")));
    assertEquals(3, o.admin().get(o.path("referrals")).array().size(), "nothing else was written");
    assertTrue(o.auditActions().contains("legal-aid:referrals.read"));
  }

  @Test
  void erasing_a_member_leaves_their_referrals_with_the_anonymised_case() {
    Org o = Org.create(anonymous());
    long caseId = o.openCase(memberCase(o.memberCode()));
    long clinic = addService(o, "Clinic");
    long id = id(expect(201, o.admin().post(o.path("referrals"), referral(caseId, clinic, true))));
    expect(204, o.admin().call("POST", "/api/t/" + o.slug() + "/members/" + o.memberId() + "/erasure", null));
    ApiResponse referrals = expect(200, o.admin().get(o.path("cases/" + caseId + "/referrals")));
    assertEquals(List.of(id), referrals.array().getValuesAs(JsonObject.class).stream().map(LegalFixture::id).toList());
    assertFalse(referrals.body().contains(o.memberCode()) || referrals.body().contains(SECRET), referrals.toString());
    assertFalse(o.admin().get(o.path("cases/" + caseId)).body().contains(o.memberCode()));
  }

  static JsonObject given(boolean given) {
    return Json.createObjectBuilder().add("given", given).build();
  }

  static JsonObject empty() {
    return Json.createObjectBuilder().build();
  }
}
