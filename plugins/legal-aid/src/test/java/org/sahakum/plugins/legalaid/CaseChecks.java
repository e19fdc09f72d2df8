package org.sahakum.plugins.legalaid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sahakum.testkit.ApiResponse;
import org.sahakum.testkit.TwoTenants;

/** Cases through the API: opening, the workflow, assignment to staff, dates, sealed notes and files. */
abstract class CaseChecks extends LegalFixture {

  @Test
  void a_new_case_is_open_and_listed_first_with_its_member_client() {
    Org o = Org.create(anonymous());
    o.openCase(newRow());
    ApiResponse created = expect(201, o.admin().post(o.path("cases"), memberCase(o.memberCode())));
    assertEquals("open", created.object().getString("status"));
    assertEquals(o.memberCode(), created.object().getString("memberCode"));
    assertTrue(created.headers().firstValue("Location").orElse("").endsWith("/cases/" + id(created)));
    assertEquals(SECRET, created.object().getString("workingName"));
    ApiResponse list = expect(200, o.admin().get(o.path("cases?limit=1")));
    assertEquals(1, list.array().size());
    assertEquals("court", list.array().getJsonObject(0).getString("caseType"));
    assertEquals(o.memberCode(), list.array().getJsonObject(0).getString("memberCode"));
    assertEquals(SECRET, o.admin().get(o.path("cases/" + id(created))).object().getString("workingName"),
        "the detail names the member client");
    assertEquals(1, o.admin().get(o.path("cases?status=open&offset=1")).array().size());
    assertEquals(400, o.admin().get(o.path("cases?limit=0")).status());
    ApiResponse notANumber = o.admin().get(o.path("cases?limit=ten"));
    assertEquals(400, notANumber.status(), notANumber.toString());
    assertTrue(notANumber.object().getString("detail").contains("limit"), notANumber.toString());
    assertTrue(o.auditActions().contains("legal-aid:cases.read"), "the list read is on record");
  }

  @Test
  void bad_cases_are_refused_with_the_field_named_and_nothing_written() {
    Org o = Org.create(anonymous());
    ApiResponse r = o.admin().post(o.path("cases"), Json.createObjectBuilder().add("caseType", "arrest")
        .add("clientKind", "non-member").add("clientGroup", "student").build());
    assertEquals(400, r.status(), r.toString());
    assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
    assertTrue(r.object().getString("detail").contains("caseType"), r.toString());
    ApiResponse both = o.admin().post(o.path("cases"), Json.createObjectBuilder().add("caseType", "court")
        .add("clientKind", "member").add("memberCode", o.memberCode()).add("clientGroup", "student").build());
    assertEquals(400, both.status(), both.toString());
    ApiResponse unknownMember = o.admin().post(o.path("cases"), memberCase("NOPE-0001"));
    assertEquals(422, unknownMember.status(), unknownMember.toString());
    ApiResponse withId = o.admin().post(o.path("cases"), Json.createObjectBuilder().add("caseType", "court")
        .add("clientKind", "non-member").add("clientGroup", "student").add("status", "closed").build());
    assertEquals(400, withId.status(), "a body never sets the status: " + withId);
    assertEquals(0, o.admin().get(o.path("cases")).array().size(), "nothing was written");
    assertEquals(404, o.admin().get(o.path("cases/999999999")).status());
  }

  @Test
  void the_workflow_allows_its_moves_and_refuses_others_with_409() {
    Org o = Org.create(anonymous());
    long id = o.openCase(newRow());
    JsonObject acquitted = Json.createObjectBuilder().add("outcome", "acquitted").build();
    ApiResponse early = expect(409, o.admin().post(o.path("cases/" + id + "/close"), acquitted));
    assertTrue(early.object().getString("detail").contains("open"), early.toString());
    expect(409, o.admin().post(o.path("cases/" + id + "/reopen"), Json.createObjectBuilder().build()));
    assertEquals("in-progress", expect(200, o.admin().post(o.path("cases/" + id + "/start"),
        Json.createObjectBuilder().build())).object().getString("status"));
    expect(400, o.admin().post(o.path("cases/" + id + "/close"), Json.createObjectBuilder().build()));
    JsonObject closed = expect(200, o.admin().post(o.path("cases/" + id + "/close"), acquitted)).object();
    assertEquals("closed", closed.getString("status"));
    assertEquals("acquitted", closed.getString("outcome"));
    expect(409, o.admin().post(o.path("cases/" + id + "/start"), Json.createObjectBuilder().build()));
    assertEquals("in-progress", expect(200, o.admin().post(o.path("cases/" + id + "/reopen"),
        Json.createObjectBuilder().build())).object().getString("status"));
    assertTrue(o.auditActions().containsAll(List.of("legal-aid:case.start", "legal-aid:case.close",
        "legal-aid:case.reopen")));
  }

  @Test
  void a_case_is_assigned_only_to_staff_who_handle_cases_here() {
    Org o = Org.create(anonymous());
    Org other = Org.create(anonymous());
    o.account(anonymous(), "para", "paralegal");
    o.account(anonymous(), "orga", "organiser");
    o.account(anonymous(), "teach", "teacher");
    other.account(anonymous(), "para", "paralegal");
    ApiResponse listed = expect(200, o.admin().get(o.path("assignees")));
    List<String> usernames = listed.array().getValuesAs(JsonObject.class).stream()
        .map(a -> a.getString("username")).toList();
    assertEquals(List.of("admin", "para"), usernames, "those holding legal:case:write here, by username");
    JsonObject para = listed.array().getJsonObject(1);
    assertEquals(java.util.Set.of("accountId", "username"), para.keySet(), "nothing but the id and the login name");
    long paraId = para.getJsonNumber("accountId").longValue();
    long foreignPara = other.admin().get(other.path("assignees")).array().getValuesAs(JsonObject.class).stream()
        .filter(a -> a.getString("username").equals("para")).findFirst().orElseThrow()
        .getJsonNumber("accountId").longValue();
    long id = o.openCase(newRow());
    assertEquals(paraId, expect(200, o.admin().put(o.path("cases/" + id + "/assignee"),
        Json.createObjectBuilder().add("accountId", paraId).build())).object().getJsonNumber("assigneeAccountId")
        .longValue());
    for (long notStaff : new long[] {foreignPara, 999_999_999L}) {
      ApiResponse refused = expect(422, o.admin().put(o.path("cases/" + id + "/assignee"),
          Json.createObjectBuilder().add("accountId", notStaff).build()));
      assertTrue(refused.object().getString("detail").contains("legal:case:write"), refused.toString());
    }
    assertEquals(paraId, o.admin().get(o.path("cases/" + id)).object().getJsonNumber("assigneeAccountId").longValue(),
        "a refused assignment changes nothing");
    assertEquals("para", o.admin().get(o.path("cases/" + id)).object().getString("assignee"), "the assignee by name");
    assertEquals("para", o.admin().get(o.path("cases?limit=1")).array().getJsonObject(0).getString("assignee"),
        "and in the list, where a person reads a name, not an account number");
    JsonObject unassigned = expect(200, o.admin().put(o.path("cases/" + id + "/assignee"),
        Json.createObjectBuilder().addNull("accountId").build())).object();
    assertFalse(unassigned.containsKey("assigneeAccountId") && !unassigned.isNull("assigneeAccountId"),
        "null unassigns: " + unassigned);
    // the organisation lets its organisers handle cases: they are judged as their requests would be
    expect(200, o.admin().put("/api/t/" + o.slug() + "/roles/organiser", Json.createObjectBuilder()
        .add("permissions", Json.createArrayBuilder().add("tenant:read").add("modules:use").add("legal:case:read")
            .add("legal:case:write").add("legal:case:assign")).build()));
    assertEquals(List.of("admin", "orga", "para"), o.admin().get(o.path("assignees")).array()
        .getValuesAs(JsonObject.class).stream().map(a -> a.getString("username")).toList());
  }

  @Test
  void a_case_has_hearings_and_deadlines() {
    Org o = Org.create(anonymous());
    long id = o.openCase(newRow());
    LocalDate soon = LocalDate.now().plusDays(3);
    long hearing = id(expect(201, o.admin().post(o.path("cases/" + id + "/dates"),
        Json.createObjectBuilder().add("kind", "hearing").add("dueOn", soon.toString()).build())));
    expect(201, o.admin().post(o.path("cases/" + id + "/dates"),
        Json.createObjectBuilder().add("kind", "deadline").add("dueOn", soon.plusYears(1).toString()).build()));
    expect(400, o.admin().post(o.path("cases/" + id + "/dates"),
        Json.createObjectBuilder().add("kind", "party").add("dueOn", soon.toString()).build()));
    assertEquals(2, o.admin().get(o.path("cases/" + id + "/dates")).array().size());
    assertEquals(1, o.admin().get(o.path("upcoming-dates?days=14")).array().size(), "the deadline is a year away");
    expect(200, o.admin().post(o.path("cases/" + id + "/dates/" + hearing + "/done"), Json.createObjectBuilder().build()));
    assertEquals(0, o.admin().get(o.path("upcoming-dates?days=14")).array().size());
    for (int day = 1; day <= 2; day++) {
      expect(201, o.admin().post(o.path("cases/" + id + "/dates"),
          Json.createObjectBuilder().add("kind", "hearing").add("dueOn", soon.plusDays(day).toString()).build()));
    }
    var firstPage = o.admin().get(o.path("upcoming-dates?days=14&limit=1"));
    assertEquals(1, firstPage.array().size(), "a page of one");
    assertEquals("2", firstPage.headers().firstValue("X-Total-Count").orElse(null), "the whole list's count");
    assertEquals(1, o.admin().get(o.path("upcoming-dates?days=14&limit=1&offset=1")).array().size(), "the second page");
  }

  @Test
  void notes_are_sealed_at_rest_and_every_read_is_audited() throws Exception {
    Org o = Org.create(anonymous());
    long id = o.openCase(memberCase(o.memberCode()));
    String note = "Held at the station; " + SECRET + " says the officer took her phone.";
    ApiResponse added = expect(201, o.admin().post(o.path("cases/" + id + "/notes"),
        Json.createObjectBuilder().add("text", note).build()));
    assertFalse(added.body().contains(SECRET), "the answer does not repeat the note");
    assertFalse(o.admin().get(o.path("cases/" + id)).body().contains("officer"), "a case does not carry its notes");
    assertFalse(o.auditActions().contains("legal-aid:notes.read"));
    ApiResponse read = expect(200, o.admin().get(o.path("cases/" + id + "/notes")));
    assertEquals(note, read.array().getJsonObject(0).getString("text"));
    assertTrue(o.auditActions().contains("legal-aid:notes.read"), "the read is on record");
    assertFalse(String.join(" ", o.auditActions()).contains(SECRET));
    try (Connection db = database(); PreparedStatement q = db.prepareStatement(
        "SELECT sealed_text FROM legal_case_note WHERE case_id = ?")) {
      q.setLong(1, id);
      try (ResultSet rs = q.executeQuery()) {
        assertTrue(rs.next());
        String stored = new String(rs.getBytes(1), StandardCharsets.ISO_8859_1);
        assertFalse(stored.contains("officer") || stored.contains(SECRET), "the note is sealed at rest");
      }
    }
  }

  @Test
  void files_are_limited_in_size_and_type_sealed_and_each_download_audited() throws Exception {
    Org o = Org.create(anonymous());
    long id = o.openCase(newRow());
    String files = o.path("cases/" + id + "/attachments");
    byte[] png = concat(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'},
        "injury photo of the client".getBytes(StandardCharsets.US_ASCII));
    JsonObject stored = expect(201, o.admin().postBytes(files, "image/png", png)).object();
    assertEquals(png.length, stored.getInt("sizeBytes"));
    byte[] tooLarge = Arrays.copyOf("%PDF-1.7".getBytes(StandardCharsets.US_ASCII), 5 * 1024 * 1024 + 1);
    ApiResponse large = expect(413, o.admin().postBytes(files, "application/pdf", tooLarge));
    assertTrue(large.object().getString("detail").contains("MiB"), large.toString());
    expect(415, o.admin().postBytes(files, "text/html", "<script>".getBytes(StandardCharsets.US_ASCII)));
    expect(415, o.admin().postBytes(files, "image/png", "%PDF-1.7 not a png".getBytes(StandardCharsets.US_ASCII)));
    assertEquals(1, o.admin().get(files).array().size(), "only the good file was stored");
    ApiResponse download = expect(200, o.admin().getAccepting(files + "/" + stored.getJsonNumber("id").longValue(), "image/png"));
    assertTrue(download.body().endsWith("injury photo of the client"), download.toString());
    assertEquals("no-store", download.headers().firstValue("Cache-Control").orElse(""));
    assertTrue(o.auditActions().contains("legal-aid:attachment.read"));
    try (Connection db = database(); PreparedStatement q = db.prepareStatement(
        "SELECT sealed_content FROM legal_case_attachment WHERE case_id = ?")) {
      q.setLong(1, id);
      try (ResultSet rs = q.executeQuery()) {
        assertTrue(rs.next());
        assertFalse(new String(rs.getBytes(1), StandardCharsets.ISO_8859_1).contains("injury"), "sealed at rest");
      }
    }
  }

  @Test
  void a_key_rotation_reseals_notes_and_files_at_the_organisation_and_its_chapters() throws Exception {
    Org o = Org.create(anonymous());
    String chapter = o.slug() + "-sen-sok";
    expect(201, o.admin().post("/api/tenants", TwoTenants.tenantBody(chapter, "chapter", o.slug())));
    expect(200, o.admin().put("/api/t/" + chapter + "/modules/" + LegalAidModule.ID,
        Json.createObjectBuilder().add("enabled", true).build()));
    String atChapter = "/api/t/" + chapter + "/legal-aid/";
    long orgCase = o.openCase(newRow());
    long chapterCase = id(expect(201, o.admin().post(atChapter + "cases", newRow())));
    JsonObject note = Json.createObjectBuilder().add("text", "Bail hearing moved; " + SECRET).build();
    expect(201, o.admin().post(o.path("cases/" + orgCase + "/notes"), note));
    expect(201, o.admin().post(atChapter + "cases/" + chapterCase + "/notes", note));
    byte[] pdf = "%PDF-1.7 charge sheet".getBytes(StandardCharsets.US_ASCII);
    long file = id(expect(201, o.admin().postBytes(o.path("cases/" + orgCase + "/attachments"), "application/pdf", pdf)));
    assertEquals(Set.of(1), keyVersions(orgCase, chapterCase));

    expect(202, o.admin().call("POST", "/api/t/" + o.slug() + "/keys/rotation", null));
    JsonObject rotation = null;
    for (Instant deadline = Instant.now().plusSeconds(30); Instant.now().isBefore(deadline); Thread.sleep(200)) {
      rotation = o.admin().get("/api/t/" + o.slug() + "/keys").object().getJsonObject("rotation");
      if (!"running".equals(rotation.getString("state"))) {
        break;
      }
    }
    assertEquals("done", rotation.getString("state"), String.valueOf(rotation));
    assertEquals(4, rotation.getInt("done"), "the member, two notes and one file: " + rotation);
    assertEquals(Set.of(2), keyVersions(orgCase, chapterCase), "no note or file is left under the old key");
    assertEquals(note.getString("text"), o.admin().get(atChapter + "cases/" + chapterCase + "/notes").array()
        .getJsonObject(0).getString("text"));
    ApiResponse download = expect(200, o.admin().getAccepting(o.path("cases/" + orgCase + "/attachments/" + file),
        "application/pdf"));
    assertEquals("%PDF-1.7 charge sheet", download.body());
  }

  /** The key versions the stored notes and files of these cases are sealed under (the format's bytes 1 to 4). */
  private static Set<Integer> keyVersions(long... caseIds) throws Exception {
    Set<Integer> versions = new HashSet<>();
    try (Connection db = database()) {
      for (String sql : List.of("SELECT sealed_text FROM legal_case_note WHERE case_id = ?",
          "SELECT sealed_content FROM legal_case_attachment WHERE case_id = ?")) {
        for (long caseId : caseIds) {
          try (PreparedStatement q = db.prepareStatement(sql)) {
            q.setLong(1, caseId);
            try (ResultSet rs = q.executeQuery()) {
              while (rs.next()) {
                versions.add(ByteBuffer.wrap(rs.getBytes(1), 1, 4).getInt());
              }
            }
          }
        }
      }
    }
    return versions;
  }

  static byte[] concat(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
