package org.sahakum.plugins.uniondues;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahakum.testkit.ApiClient;
import org.sahakum.testkit.ApiResponse;

/**
 * A chapter lockdown reaches union dues: no export that could hold the chapter's members and no
 * printed receipt of one of them until two admins lift it; other chapters' exports and the lists
 * go on.
 */
abstract class LockdownChecks extends ArrearsTotalsChecks {
  private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @Test
  void a_locked_chapters_members_leave_in_no_export_or_printed_receipt_until_two_admins_lift_it() {
    Dues d = Dues.create(anonymous(), SECRET);
    String north = chapter(d, "north");
    String south = chapter(d, "south");
    ApiClient secondAdmin = d.account(anonymous(), "admin2", "admin");
    String northMember = expect(201, d.admin().post("/api/t/" + d.org() + "/members", Json.createObjectBuilder()
        .add("workingName", "Raid witness").add("chapter", north).build())).object().getString("memberCode");
    d.enrol(northMember, TODAY.withDayOfMonth(1).minusMonths(2));
    long northReceipt = receipt(d, northMember);
    long orgReceipt = receipt(d, d.memberCode());
    List<String> lockedExports = List.of("arrears/export?format=csv", "arrears/export?format=xlsx&chapter=" + north,
        "reports/collections/export?format=xlsx");

    expect(200, d.admin().post("/api/t/" + north + "/lockdown", Json.createObjectBuilder().build()));
    for (String export : lockedExports) {
      assertLocked(d.admin().getAccepting(d.path(export), export.contains("csv") ? "text/csv" : XLSX), north);
    }
    assertLocked(d.admin().getAccepting(d.path("receipts/" + northReceipt + "/print"), "text/html"), north);
    expect(200, d.admin().getAccepting(d.path("receipts/" + orgReceipt + "/print"), "text/html"));
    expect(200, d.admin().getAccepting(d.path("arrears/export?format=csv&chapter=" + south), "text/csv"));
    expect(200, d.admin().get(d.path("arrears")));
    expect(201, d.admin().post(d.path("payments"), payment(northMember, 1_000, "USD", TODAY)));
    List<String> actions = d.admin().get("/api/t/" + d.org() + "/audit?limit=200").array()
        .getValuesAs(jakarta.json.JsonObject.class).stream().map(e -> e.getString("action")).toList();
    assertFalse(actions.contains("union-dues:collections.exported"), "a refused export is not on record: " + actions);

    expect(200, d.admin().post("/api/t/" + north + "/lockdown/lift", Json.createObjectBuilder().build()));
    expect(200, secondAdmin.post("/api/t/" + north + "/lockdown/lift", Json.createObjectBuilder().build()));
    for (String export : lockedExports) {
      expect(200, d.admin().getAccepting(d.path(export), export.contains("csv") ? "text/csv" : XLSX));
    }
    ApiResponse csv = expect(200, d.admin().getAccepting(d.path("arrears/export?format=csv"), "text/csv"));
    assertTrue(csv.body().contains(northMember), csv.body());
    expect(200, d.admin().getAccepting(d.path("receipts/" + northReceipt + "/print"), "text/html"));
  }

  private static String chapter(Dues d, String name) {
    String slug = d.org() + "-" + name;
    expect(201, d.admin().post("/api/tenants", Json.createObjectBuilder().add("slug", slug).add("type", "chapter")
        .add("parent", d.org()).add("names", Json.createObjectBuilder().add("km", name).add("en", name)).build()));
    return slug;
  }

  private static long receipt(Dues d, String memberCode) {
    return expect(201, d.admin().post(d.path("payments"), payment(memberCode, 1_000, "USD", TODAY))).object()
        .getJsonNumber("receiptNumber").longValue();
  }

  private static void assertLocked(ApiResponse r, String chapter) {
    assertEquals(423, r.status(), r.toString());
    assertTrue(r.object().getString("detail").contains(chapter + " is locked down"), r.toString());
    assertFalse(r.body().contains("Raid witness"), r.toString());
  }
}
