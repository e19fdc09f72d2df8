package org.sahakum.core.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
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
import org.sahakum.testkit.ErasureTrail;
import org.sahakum.testkit.TwoTenants;

/**
 * The member register: codes, chapters, search by name, code and phone, the absence of
 * identifying fields everywhere but the audited reveal.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MembersIT {

  @ArquillianResource URL base;

  @Deployment(testable = false)
  static WebArchive deployment() throws java.io.IOException {
    return CoreIT.deployment();
  }

  @Test
  void members_get_codes_and_no_identifying_field_leaves_the_server_without_a_reveal() {
    ApiClient anon = ApiClient.anonymous(base);
    TwoTenants t = TwoTenants.create(anon);
    String chapter = t.a() + "-siem-reap";
    assertEquals(201, t.adminA().post("/api/tenants", Json.createObjectBuilder().add("slug", chapter).add("type", "chapter")
        .add("parent", t.a()).add("names", Json.createObjectBuilder().add("km", "សៀមរាប").add("en", "Siem Reap")).build()).status());

    ApiResponse created = t.adminA().post("/api/t/" + t.a() + "/members", Json.createObjectBuilder()
        .add("workingName", "Srey Mom").add("chapter", chapter).add("legalName", "Legal Name Hidden")
        .add("phone", "+855 12 345 678").add("dateOfBirth", "1995-04-13").add("idNumber", "ID-99887766").build());
    assertEquals(201, created.status(), created.toString());
    JsonObject member = created.object();
    assertTrue(member.getString("memberCode").matches(".+-SR-0001"), member.toString());
    assertEquals(chapter, member.getString("chapter"));
    for (String secret : new String[] {"Legal Name Hidden", "345 678", "1995", "99887766"}) {
      assertFalse(created.body().contains(secret), "the answer to a create carries " + secret);
    }
    long id = member.getJsonNumber("id").longValue();
    String register = "/api/t/" + t.a() + "/members";

    ApiResponse one = t.adminA().get(register + "/" + id);
    assertEquals(200, one.status());
    assertFalse(one.body().contains("Legal Name Hidden"));
    assertEquals(1, search(t.adminA(), register, "q", "srey").size(), "search by working name");
    assertEquals(1, search(t.adminA(), register, "q", member.getString("memberCode")).size(), "by code");
    assertEquals(1, search(t.adminA(), register, "phone", "012345678").size(), "by phone, through the blind index");
    assertEquals(0, search(t.adminA(), register, "phone", "012345679").size());
    for (String query : List.of("?q=srey", "?phone=012345678", "?status=active&q=")) {
      ApiResponse inAddress = t.adminA().get(register + query);
      assertEquals(400, inAddress.status(), "a search never goes in the address: " + inAddress);
      assertTrue(inAddress.body().contains("POST /api/t/{tenant}/members/search"), inAddress.toString());
    }
    assertEquals(1, t.adminA().get("/api/t/" + chapter + "/members").array().size(), "the chapter's part");

    ApiResponse noReason = t.adminA().post(register + "/" + id + "/identity", Json.createObjectBuilder().add("reason", "x").build());
    assertEquals(400, noReason.status(), noReason.toString());
    ApiResponse revealed = t.adminA().post(register + "/" + id + "/identity",
        Json.createObjectBuilder().add("reason", "Court hearing on 3 December").build());
    assertEquals(200, revealed.status(), revealed.toString());
    assertEquals("Legal Name Hidden", revealed.object().getString("legalName"));
    assertEquals("1995-04-13", revealed.object().getString("dateOfBirth"));
    assertEquals("no-store", revealed.headers().firstValue("Cache-Control").orElse(""));

    JsonArray searches = t.adminA().get("/api/t/" + t.a() + "/audit?action=member.searched.phone").array();
    assertEquals(2, searches.size(), "each look-up by phone is recorded: " + searches);
    assertFalse(searches.toString().contains("012345678"), "the audit never holds what was searched for");
    assertTrue(t.adminA().get("/api/t/" + t.a() + "/audit?action=member.read").array().size() >= 1, "reading a member");
    JsonArray reveals = t.adminA().get("/api/t/" + t.a() + "/audit?action=member.identity").array();
    assertEquals(1, reveals.size(), reveals.toString());
    assertEquals("Court hearing on 3 December", reveals.getJsonObject(0).getString("reason"));
    assertEquals(String.valueOf(id), reveals.getJsonObject(0).getString("targetId"));
  }

  /** The first sealed values of a new organisation, written at once, make its data key once and all succeed. */
  @Test
  void members_registered_at_once_at_a_new_organisation_are_all_kept() throws Exception {
    TwoTenants t = TwoTenants.create(ApiClient.anonymous(base));
    String register = "/api/t/" + t.a() + "/members";
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(12);
    try {
      List<java.util.concurrent.Future<ApiResponse>> answers = new java.util.ArrayList<>();
      for (int i = 0; i < 12; i++) {
        String name = "Sokha " + i;
        answers.add(pool.submit(() -> t.adminA().post(register, Json.createObjectBuilder().add("workingName", name)
            .add("legalName", "Legal " + name).add("phone", "+855 12 000 00" + name.length()).build())));
      }
      for (java.util.concurrent.Future<ApiResponse> answer : answers) {
        assertEquals(201, answer.get().status(), answer.get().toString());
      }
    } finally {
      pool.shutdown();
    }
    assertEquals(12, t.adminA().get(register).array().size());
  }

  @Test
  void an_organiser_sees_the_register_but_cannot_reveal_identities() {
    ApiClient anon = ApiClient.anonymous(base);
    TwoTenants t = TwoTenants.create(anon);
    ApiClient organiser = TwoTenants.account(anon, t.adminA(), t.a(), "organiser1", "organiser");
    String register = "/api/t/" + t.a() + "/members";
    ApiResponse created = organiser.post(register, Json.createObjectBuilder().add("workingName", "Dara").add("phone", "012 000 111").build());
    assertEquals(201, created.status(), created.toString());
    long id = created.object().getJsonNumber("id").longValue();
    assertEquals(1, organiser.get(register).array().size());
    ApiResponse refused = organiser.post(register + "/" + id + "/identity",
        Json.createObjectBuilder().add("reason", "Just curious about her name").build());
    assertEquals(403, refused.status(), refused.toString());
    assertEquals(0, t.adminA().get("/api/t/" + t.a() + "/audit?action=member.identity").array().size(), "no reveal, no entry");
  }

  @Test
  void bad_input_is_refused_and_nothing_is_stored() {
    ApiClient anon = ApiClient.anonymous(base);
    TwoTenants t = TwoTenants.create(anon);
    String register = "/api/t/" + t.a() + "/members";
    ApiResponse control = t.adminA().post(register, Json.createObjectBuilder().add("workingName", "Bad\u0007Name").build());
    assertEquals(400, control.status(), control.toString());
    assertTrue(control.object().getString("detail").contains("workingName"), control.toString());
    ApiResponse future = t.adminA().post(register, Json.createObjectBuilder().add("workingName", "Nary")
        .add("dateOfBirth", "2999-01-01").build());
    assertEquals(400, future.status(), future.toString());
    ApiResponse foreignChapter = t.adminA().post(register, Json.createObjectBuilder().add("workingName", "Nary")
        .add("chapter", t.b()).build());
    assertEquals(400, foreignChapter.status(), foreignChapter.toString());
    ApiResponse orgIdInBody = t.adminA().post(register, Json.createObjectBuilder().add("workingName", "Nary")
        .add("orgId", 1).build());
    assertEquals(400, orgIdInBody.status(), orgIdInBody.toString());
    assertEquals(0, t.adminA().get(register).array().size());
  }

  @Test
  void erasure_forgets_the_member_in_the_core_and_in_every_module() {
    ApiClient anon = ApiClient.anonymous(base);
    TwoTenants t = TwoTenants.create(anon, "notes");
    String chapter = t.a() + "-kampot";
    assertEquals(201, t.adminA().post("/api/tenants", Json.createObjectBuilder().add("slug", chapter).add("type", "chapter")
        .add("parent", t.a()).add("names", Json.createObjectBuilder().add("km", "កំពត").add("en", "Kampot")).build()).status());
    assertEquals(200, t.adminA().put("/api/t/" + chapter + "/modules/notes",
        Json.createObjectBuilder().add("enabled", true).build()).status());
    String register = "/api/t/" + t.a() + "/members";
    JsonObject leavingMember = t.adminA().post(register, Json.createObjectBuilder().add("workingName", "Leaving Member")
        .add("chapter", chapter).add("phone", "012 777 888").build()).object();
    long leaving = leavingMember.getJsonNumber("id").longValue();
    long staying = t.adminA().post(register, Json.createObjectBuilder().add("workingName", "Staying Member")
        .add("chapter", chapter).build()).object().getJsonNumber("id").longValue();
    long chapterBook = t.adminA().post("/api/t/" + chapter + "/notes/notebooks",
        Json.createObjectBuilder().add("title", "Outreach").build()).object().getJsonNumber("id").longValue();
    long orgBook = t.adminA().post("/api/t/" + t.a() + "/notes/notebooks",
        Json.createObjectBuilder().add("title", "Office").build()).object().getJsonNumber("id").longValue();
    note(t.adminA(), chapter, chapterBook, "visit", leaving);
    note(t.adminA(), chapter, chapterBook, "visit", staying);
    note(t.adminA(), t.a(), orgBook, "call", leaving);

    ApiClient organiser = TwoTenants.account(anon, t.adminA(), t.a(), "organiser2", "organiser");
    assertEquals(403, organiser.call("POST", register + "/" + leaving + "/erasure", null).status(), "erasure is the admin's");
    long orgBefore = ErasureTrail.head(t.adminA(), t.a());
    long chapterBefore = ErasureTrail.head(t.adminA(), chapter);
    ApiResponse erased = t.adminA().call("POST", register + "/" + leaving + "/erasure", null);
    assertEquals(204, erased.status(), erased.toString());
    ErasureTrail.assertNoEntryNames(t.adminA(), t.a(), orgBefore, leaving, leavingMember.getString("memberCode"));
    ErasureTrail.assertNoEntryNames(t.adminA(), chapter, chapterBefore, leaving, leavingMember.getString("memberCode"));

    assertEquals(404, t.adminA().get(register + "/" + leaving).status());
    assertEquals(0, search(t.adminA(), register, "q", "leaving").size());
    assertEquals(0, search(t.adminA(), register, "phone", "012777888").size(), "the blind index forgot the phone");
    JsonArray chapterNotes = t.adminA().get("/api/t/" + chapter + "/notes/notes").array();
    assertEquals(1, chapterNotes.size(), "the module erased the chapter's note about the member: " + chapterNotes);
    assertEquals(0, t.adminA().get("/api/t/" + t.a() + "/notes/notes").array().size(), "and the organisation's");
    assertEquals(200, t.adminA().get(register + "/" + staying).status(), "another member is untouched");

    JsonArray trail = t.adminA().get("/api/t/" + t.a() + "/audit?action=member.erased").array();
    assertEquals(1, trail.size(), trail.toString());
    assertFalse(trail.getJsonObject(0).containsKey("targetId") && !trail.getJsonObject(0).isNull("targetId"),
        "the audit keeps that an erasure happened, not whom it was about: " + trail);
    assertEquals(404, t.adminA().call("POST", register + "/" + leaving + "/erasure", null).status(), "nothing left to erase");
  }

  @Test
  void a_suspended_member_can_be_taken_back() {
    ApiClient anon = ApiClient.anonymous(base);
    TwoTenants t = TwoTenants.create(anon);
    String register = "/api/t/" + t.a() + "/members";
    long id = t.adminA().post(register, Json.createObjectBuilder().add("workingName", "Kanha").build())
        .object().getJsonNumber("id").longValue();
    JsonObject suspend = Json.createObjectBuilder().add("status", "suspended").build();
    assertEquals("suspended", t.adminA().put(register + "/" + id + "/status", suspend).object().getString("status"));
    assertEquals(1, t.adminA().get(register + "?status=suspended").array().size());
    assertEquals(400, t.adminA().put(register + "/" + id + "/status",
        Json.createObjectBuilder().add("status", "erased").build()).status(), "erasure has its own call");
    assertEquals("active", t.adminA().put(register + "/" + id + "/status",
        Json.createObjectBuilder().add("status", "active").build()).object().getString("status"));
    assertEquals(1, t.adminA().get("/api/t/" + t.a() + "/audit?action=member.suspended").array().size());
  }

  private static void note(ApiClient client, String tenant, long notebook, String text, long member) {
    ApiResponse r = client.post("/api/t/" + tenant + "/notes/notes", Json.createObjectBuilder()
        .add("notebookId", notebook).add("text", text).add("memberId", member).build());
    assertEquals(201, r.status(), r.toString());
  }

  /** A search of the register, sent as POST .../members/search with one field. */
  static JsonArray search(ApiClient client, String register, String field, String value) {
    ApiResponse r = client.post(register + "/search", Json.createObjectBuilder().add(field, value).build());
    assertEquals(200, r.status(), r.toString());
    return r.array();
  }
}
