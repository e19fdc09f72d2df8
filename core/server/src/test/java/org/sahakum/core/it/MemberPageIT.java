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
import org.sahakum.testkit.TwoTenants;

/**
 * A member's page: finding the member by any part of the name or code (Khmer or Latin), the
 * chapter's names, correcting the entry and the identity (audited), the modules' summaries, and
 * refusals that carry a code and the field.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MemberPageIT {

  @ArquillianResource URL base;

  @Deployment(testable = false)
  static WebArchive deployment() throws java.io.IOException {
    return CoreIT.deployment();
  }

  @Test
  void search_finds_any_part_of_a_working_name_in_khmer_or_latin_and_any_part_of_the_code() {
    ApiClient anon = ApiClient.anonymous(base);
    TwoTenants t = TwoTenants.create(anon);
    String chapter = chapter(t, "-siem-reap", "សៀមរាប", "Siem Reap");
    String register = "/api/t/" + t.a() + "/members";
    JsonObject khmer = add(t, register, "ស្រីមុំ ចាន់", chapter);
    add(t, register, "Sokha Chan", null);
    add(t, register, "សុខា", null);
    add(t, register, "Che\u0301a", null); // typed with a combining accent

    assertEquals("Siem Reap", khmer.getJsonObject("chapterNames").getString("en"), khmer.toString());
    assertEquals("សៀមរាប", khmer.getJsonObject("chapterNames").getString("km"));
    assertEquals(List.of("ស្រីមុំ ចាន់"), names(search(t, register, "មុំ")), "a Khmer fragment in the middle");
    assertEquals(List.of("ស្រីមុំ ចាន់"), names(search(t, register, "ចាន់")), "the end of a Khmer name");
    assertEquals(List.of("សុខា"), names(search(t, register, "សុខ")));
    assertEquals(List.of("Sokha Chan"), names(search(t, register, "kha ch")), "a Latin fragment, any case");
    assertEquals(List.of("Chéa"), names(search(t, register, "chéa")), "precomposed finds the combining form");
    String code = khmer.getString("memberCode");
    String tail = code.substring(code.length() - 6).toLowerCase();
    assertEquals(List.of("ស្រីមុំ ចាន់"), names(search(t, register, tail)), "any part of the code, any case: " + tail);
    assertEquals(0, search(t, register, "zzz").size());
    assertEquals(List.of("ស្រីមុំ ចាន់"), names(t.adminA().post("/api/t/" + chapter + "/members/search",
        Json.createObjectBuilder().add("q", "ស").build()).array()), "a chapter finds only its own: សុខា is not");
    ApiResponse wildcard = t.adminA().post(register + "/search", Json.createObjectBuilder().add("q", "%").build());
    assertEquals(400, wildcard.status(), wildcard.toString());
    assertEquals("format", wildcard.object().getString("code"));
    assertEquals("q", wildcard.object().getString("field"));
  }

  @Test
  void staff_correct_a_name_and_a_chapter_and_an_admin_the_identity_each_audited() {
    ApiClient anon = ApiClient.anonymous(base);
    TwoTenants t = TwoTenants.create(anon);
    String north = chapter(t, "-north", "ខាងជើង", "North");
    String south = chapter(t, "-south", "ខាងត្បូង", "South");
    String register = "/api/t/" + t.a() + "/members";
    long id = add(t, register, "Dara", north).getJsonNumber("id").longValue();
    ApiClient organiser = TwoTenants.account(anon, t.adminA(), t.a(), "organiser-e", "organiser");

    ApiResponse renamed = organiser.put(register + "/" + id, edit("Dara Kim", north));
    assertEquals(200, renamed.status(), renamed.toString());
    assertEquals("Dara Kim", renamed.object().getString("workingName"));
    ApiResponse moved = organiser.put(register + "/" + id, edit("Dara Kim", south));
    assertEquals("South", moved.object().getJsonObject("chapterNames").getString("en"), moved.toString());
    assertEquals(1, search(t, "/api/t/" + south + "/members", "kim").size(), "the member is in the south now");
    assertEquals(0, search(t, "/api/t/" + north + "/members", "kim").size());

    ApiClient southAdmin = TwoTenants.account(anon, t.adminA(), south, "south-admin", "admin");
    ApiResponse away = southAdmin.put("/api/t/" + south + "/members/" + id, edit("Dara Kim", north));
    assertEquals(400, away.status(), away.toString());
    assertEquals("chapter-move-at-organisation", away.object().getString("code"));
    assertEquals("chapter", away.object().getString("field"));
    assertEquals(200, southAdmin.put("/api/t/" + south + "/members/" + id,
        Json.createObjectBuilder().add("workingName", "ដារា").build()).status(), "a chapter renames its own");
    ApiResponse unknown = organiser.put(register + "/" + id, edit("Dara", t.b()));
    assertEquals("unknown-chapter", unknown.object().getString("code"), unknown.toString());
    ApiResponse blank = organiser.put(register + "/" + id, Json.createObjectBuilder().add("workingName", " ").build());
    assertEquals(400, blank.status(), blank.toString());
    assertEquals("required", blank.object().getString("code"));
    assertEquals("workingName", blank.object().getString("field"));
    assertEquals("workingName", blank.object().getJsonArray("invalid").getJsonObject(0).getString("field"));

    JsonObject change = Json.createObjectBuilder().add("legalName", "New Legal Name").add("phone", "012 333 444")
        .add("reason", "She brought her new ID card").build();
    assertEquals(403, organiser.put(register + "/" + id + "/identity", change).status(), "organisers cannot");
    ApiResponse shortReason = t.adminA().put(register + "/" + id + "/identity", Json.createObjectBuilder()
        .add("legalName", "X").add("reason", "new").build());
    assertEquals("too-short", shortReason.object().getString("code"), shortReason.toString());
    assertEquals("reason", shortReason.object().getString("field"));
    assertEquals(204, t.adminA().put(register + "/" + id + "/identity", change).status());
    JsonObject revealed = t.adminA().post(register + "/" + id + "/identity",
        Json.createObjectBuilder().add("reason", "Checking the new card").build()).object();
    assertEquals("New Legal Name", revealed.getString("legalName"));
    assertEquals(1, search(t, register, null, "012333444").size(), "the blind index follows the new phone");

    JsonArray trail = t.adminA().get("/api/t/" + t.a() + "/audit?action=member.").array();
    assertEquals(1, count(trail, "member.identity.changed"), trail.toString());
    assertEquals("She brought her new ID card", trail.stream().map(JsonObject.class::cast)
        .filter(e -> e.getString("action").equals("member.identity.changed")).findFirst().orElseThrow().getString("reason"));
    assertEquals(2, count(trail, "member.renamed"), "organiser and chapter admin: " + trail);
    assertEquals(1, count(trail, "member.moved"));
    assertTrue(trail.stream().map(JsonObject.class::cast).filter(e -> e.getString("action").equals("member.moved"))
        .allMatch(e -> "organiser-e".equals(e.getString("actorName"))), "the actor by login name: " + trail);
    for (String secret : List.of("Dara", "ដារា", "New Legal Name", "333 444")) {
      assertFalse(trail.toString().contains(secret), "the audit holds no name or value: " + secret);
    }
  }

  @Test
  void the_page_gathers_the_modules_summaries_and_a_module_without_one_adds_nothing() {
    ApiClient anon = ApiClient.anonymous(base);
    TwoTenants t = TwoTenants.create(anon, "notes");
    String register = "/api/t/" + t.a() + "/members";
    long id = add(t, register, "Kanha", null).getJsonNumber("id").longValue();
    ApiResponse summaries = t.adminA().get(register + "/" + id + "/summaries");
    assertEquals(200, summaries.status(), summaries.toString());
    assertEquals(0, summaries.array().size(), "the notes module offers no summary");
    assertEquals(404, t.adminA().get(register + "/987654321/summaries").status());
    JsonObject described = t.adminA().get("/api/t/" + t.a() + "/roles").object().getJsonObject("descriptions");
    assertTrue(described.getJsonObject("member:write").getString("km").matches(".*[\u1780-\u17FF].*"), described.toString());
    assertTrue(described.getJsonObject("member:write").getString("en").contains("correct"), described.toString());
    assertEquals(404, t.adminB().get("/api/t/" + t.b() + "/members/" + id + "/summaries").status(),
        "another organisation's id is no member there");
  }

  private static String chapter(TwoTenants t, String suffix, String km, String en) {
    String slug = t.a() + suffix;
    ApiResponse r = t.adminA().post("/api/tenants", Json.createObjectBuilder().add("slug", slug).add("type", "chapter")
        .add("parent", t.a()).add("names", Json.createObjectBuilder().add("km", km).add("en", en)).build());
    assertEquals(201, r.status(), r.toString());
    return slug;
  }

  private static JsonObject add(TwoTenants t, String register, String name, String chapter) {
    var body = Json.createObjectBuilder().add("workingName", name);
    if (chapter != null) {
      body.add("chapter", chapter);
    }
    ApiResponse r = t.adminA().post(register, body.build());
    assertEquals(201, r.status(), r.toString());
    return r.object();
  }

  private static JsonObject edit(String name, String chapter) {
    return Json.createObjectBuilder().add("workingName", name).add("chapter", chapter).build();
  }

  private static JsonArray search(TwoTenants t, String register, String q) {
    return search(t, register, q, null);
  }

  private static JsonArray search(TwoTenants t, String register, String q, String phone) {
    var body = Json.createObjectBuilder();
    if (q != null) {
      body.add("q", q);
    }
    if (phone != null) {
      body.add("phone", phone);
    }
    ApiResponse r = t.adminA().post(register + "/search", body.build());
    assertEquals(200, r.status(), r.toString());
    return r.array();
  }

  private static List<String> names(JsonArray found) {
    return found.stream().map(v -> v.asJsonObject().getString("workingName")).toList();
  }

  private static long count(JsonArray trail, String action) {
    return trail.stream().filter(e -> e.asJsonObject().getString("action").equals(action)).count();
  }
}
