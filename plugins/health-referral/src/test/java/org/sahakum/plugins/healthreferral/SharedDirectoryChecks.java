package org.sahakum.plugins.healthreferral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sahakum.testkit.ApiClient;
import org.sahakum.testkit.ApiResponse;
import org.sahakum.testkit.TwoTenants;

/**
 * A network sees the facility directories its organisations choose to share, through the core's
 * shared lists: only places in use, never a referral or a person, nothing of an organisation that
 * does not share, and nothing for anyone beside or below.
 */
abstract class SharedDirectoryChecks extends MemberPageChecks {
  static final String LIST = "health-referral.facilities";

  /** A network with its admin, and an organisation under it with health referral on, a member and a referral. */
  private record Tree(String net, ApiClient netAdmin, String org, ApiClient orgAdmin, long facilityId) {
    static Tree create(ApiClient anonymous) {
      ApiClient operator = anonymous.asPlatformAdmin();
      String suffix = UUID.randomUUID().toString().substring(0, 8);
      String net = "hnet-" + suffix;
      String org = "horg-" + suffix;
      expect(201, operator.post("/api/tenants", TwoTenants.tenantBody(net, "network", "platform")));
      ApiClient netAdmin = TwoTenants.account(anonymous, operator, net, "admin", "admin");
      expect(201, netAdmin.post("/api/tenants", TwoTenants.tenantBody(org, "organisation", net)));
      ApiClient orgAdmin = TwoTenants.account(anonymous, netAdmin, org, "admin", "admin", HealthReferralModule.ID);
      long facility = id(expect(201, orgAdmin.post("/api/t/" + org + "/health-referral/facilities",
          facility("Lotus", "ngo-clinic", "free").build())));
      return new Tree(net, netAdmin, org, orgAdmin, facility);
    }

    String shared() {
      return "/api/t/" + org + "/shared-lists";
    }

    JsonArray networkSees() {
      return expect(200, netAdmin.get("/api/t/" + net + "/shared-by-organisations")).object().getJsonArray("organisations");
    }
  }

  private static JsonObject share(boolean on) {
    return Json.createObjectBuilder().add("published", on).build();
  }

  @Test
  void a_network_sees_the_directories_its_organisations_share_and_no_person() {
    Tree t = Tree.create(anonymous());
    String code = expect(201, t.orgAdmin().post("/api/t/" + t.org() + "/members",
        Json.createObjectBuilder().add("workingName", SECRET).build())).object().getString("memberCode");
    expect(201, t.orgAdmin().post("/api/t/" + t.org() + "/health-referral/referrals",
        memberReferral(code, t.facilityId(), "hiv-treatment", true)));
    long retired = id(expect(201, t.orgAdmin().post("/api/t/" + t.org() + "/health-referral/facilities",
        facility("Closed clinic", "health-centre", "free").build())));
    expect(200, t.orgAdmin().put("/api/t/" + t.org() + "/health-referral/facilities/" + retired,
        facility("Closed clinic", "health-centre", "free").add("active", false).build()));

    assertEquals(0, t.networkSees().size(), "nothing before the organisation shares");
    JsonObject offered = expect(200, t.orgAdmin().get(t.shared())).array().getValuesAs(JsonObject.class).stream()
        .filter(l -> l.getString("id").equals(LIST)).findFirst().orElseThrow();
    assertFalse(offered.getBoolean("published"));
    assertEquals(1, offered.getJsonArray("rows").size(), "the preview holds the facility in use, not the retired one");

    expect(200, t.orgAdmin().put(t.shared() + "/" + LIST, share(true)));
    JsonArray seen = t.networkSees();
    assertEquals(1, seen.size(), seen.toString());
    JsonObject list = seen.getJsonObject(0).getJsonArray("lists").getJsonObject(0);
    assertEquals(LIST, list.getString("id"));
    JsonObject row = list.getJsonArray("rows").getJsonObject(0);
    assertEquals("Lotus", row.getString("nameEn"));
    assertEquals("pp-daun-penh", row.getString("place"));
    JsonObject place = list.getJsonArray("columns").getValuesAs(JsonObject.class).stream()
        .filter(c -> c.getString("id").equals("place")).findFirst().orElseThrow();
    assertTrue(place.getJsonObject("names").containsKey("pp-daun-penh"), "codes come with their km and en names");
    String body = t.netAdmin().get("/api/t/" + t.net() + "/shared-by-organisations").body();
    assertFalse(body.contains(SECRET) || body.contains(code) || body.contains("Closed clinic"), body);

    expect(200, t.orgAdmin().put(t.shared() + "/" + LIST, share(false)));
    assertEquals(0, t.networkSees().size(), "a withdrawn list leaves the network's view at once");
  }

  @Test
  void nobody_beside_or_below_shares_or_reads_and_bodies_are_checked() {
    Tree t = Tree.create(anonymous());
    Tree other = Tree.create(anonymous());
    expect(200, t.orgAdmin().put(t.shared() + "/" + LIST, share(true)));
    ApiResponse beside = other.netAdmin().get("/api/t/" + t.net() + "/shared-by-organisations");
    assertTrue(beside.status() == 403 || beside.status() == 404, "another network: " + beside);
    ApiResponse besideOrg = other.orgAdmin().put(t.shared() + "/" + LIST, share(false));
    assertTrue(besideOrg.status() == 403 || besideOrg.status() == 404, "another organisation: " + besideOrg);
    ApiResponse above = t.netAdmin().put(t.shared() + "/" + LIST, share(false));
    assertTrue(above.status() == 403 || above.status() == 404, "the network cannot share for its organisation: " + above);
    ApiResponse aboveReads = t.netAdmin().get(t.shared());
    assertTrue(aboveReads.status() == 403 || aboveReads.status() == 404, "nor read its live rows: " + aboveReads);
    assertEquals(401, anonymous().get("/api/t/" + t.net() + "/shared-by-organisations").status());
    String chapter = "hch-" + UUID.randomUUID().toString().substring(0, 8);
    expect(201, t.orgAdmin().post("/api/tenants", TwoTenants.tenantBody(chapter, "chapter", t.org())));
    assertEquals(400, t.orgAdmin().put("/api/t/" + chapter + "/shared-lists/" + LIST, share(true)).status(),
        "a chapter shares nothing of its own");
    int notANetwork = t.orgAdmin().get("/api/t/" + t.org() + "/shared-by-organisations").status();
    assertTrue(notANetwork == 400 || notANetwork == 403, "an organisation is not a network: " + notANetwork);
    assertEquals(404, t.orgAdmin().put(t.shared() + "/no-such.list", share(true)).status());
    ApiResponse garbage = t.orgAdmin().put(t.shared() + "/" + LIST, Json.createObjectBuilder().add("published", "yes").build());
    assertTrue(garbage.status() == 400 || garbage.status() == 422, "garbage: " + garbage);
    assertTrue(t.orgAdmin().put(t.shared() + "/" + LIST, Json.createObjectBuilder().build()).status() / 100 == 4);
    assertEquals(1, t.networkSees().size(), "what the refused calls tried changed nothing");
  }
}
