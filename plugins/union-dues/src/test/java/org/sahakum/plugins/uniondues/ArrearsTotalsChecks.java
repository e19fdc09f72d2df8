package org.sahakum.plugins.uniondues;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The per-chapter arrears totals are kept in a table of their own, changed in the transaction of
 * each payment, reversal, exemption, enrolment and erasure: after many of them at once, from 8
 * threads, they equal the grouped truth (the arrears list, member by member).
 */
abstract class ArrearsTotalsChecks extends ReportChecks {

  @Test
  void totals_by_chapter_equal_the_members_owing_after_concurrent_payments() throws Exception {
    Dues d = Dues.create(anonymous(), "Totals member");
    List<String> chapters = new ArrayList<>();
    chapters.add(null);
    for (String name : List.of("east", "west")) {
      String slug = d.org() + "-" + name;
      expect(201, d.admin().post("/api/tenants", Json.createObjectBuilder().add("slug", slug).add("type", "chapter")
          .add("parent", d.org()).add("names", Json.createObjectBuilder().add("km", name).add("en", name)).build()));
      chapters.add(slug);
    }
    List<String> codes = new ArrayList<>(List.of(d.memberCode()));
    List<Long> ids = new ArrayList<>(List.of(d.memberId()));
    for (int i = 0; i < 18; i++) {
      var body = Json.createObjectBuilder().add("workingName", "Totals member " + i);
      if (chapters.get(i % 3) != null) {
        body.add("chapter", chapters.get(i % 3));
      }
      JsonObject m = expect(201, d.admin().post("/api/t/" + d.org() + "/members", body.build())).object();
      codes.add(m.getString("memberCode"));
      ids.add(m.getJsonNumber("id").longValue());
      d.enrol(m.getString("memberCode"), TODAY.withDayOfMonth(1).minusMonths(i % 7));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Long>> paid = new ArrayList<>();
      for (int round = 0; round < 4; round++) {
        for (int i = 0; i < codes.size(); i++) {
          String code = codes.get(i);
          long amount = 250L * (1 + (i + round) % 5); // part payments: a quarter to 1.25 of a month
          paid.add(pool.submit(() -> expect(201, d.admin().post(d.path("payments"), payment(code, amount, "USD",
              TODAY))).object().getJsonNumber("id").longValue()));
        }
      }
      List<Future<?>> more = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        long payment = paid.get(i * 5).get();
        more.add(pool.submit(() -> expect(201, d.admin().post(d.path("reversals"), Json.createObjectBuilder()
            .add("paymentId", payment).add("reason", "entered twice").build()))));
      }
      more.add(pool.submit(() -> expect(201, d.admin().post(d.path("exemptions"), Json.createObjectBuilder()
          .add("memberCode", codes.get(3)).add("reason", "hardship").add("startsOn", TODAY.minusMonths(2).toString())
          .add("expiresOn", TODAY.minusMonths(1).toString()).build()))));
      more.add(pool.submit(() -> expect(204, d.admin().call("POST", "/api/t/" + d.org() + "/members/" + ids.get(4)
          + "/erasure", null))));
      for (Future<?> f : more) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    // a member moved to another chapter is counted there from her next payment on
    expect(200, d.admin().put("/api/t/" + d.org() + "/members/" + ids.get(5), Json.createObjectBuilder()
        .add("workingName", "Totals member moved").add("chapter", chapters.get(1)).build()));
    expect(201, d.admin().post(d.path("payments"), payment(codes.get(5), 100, "USD", TODAY)));

    Map<String, long[]> truth = new TreeMap<>();
    for (int offset = 0; ; offset += 200) {
      List<JsonObject> page = d.admin().get(d.path("arrears?limit=200&offset=" + offset)).array()
          .getValuesAs(JsonObject.class);
      for (JsonObject row : page) {
        long[] t = truth.computeIfAbsent(row.getString("chapter", "-"), k -> new long[3]);
        t[0]++;
        t[1] += row.getInt("periodsOwed");
        t[2] += row.getJsonNumber("arrearsMinor").longValue();
      }
      if (page.size() < 200) {
        break;
      }
    }
    Map<String, long[]> totals = new TreeMap<>();
    for (JsonObject c : d.admin().get(d.path("arrears/chapters")).array().getValuesAs(JsonObject.class)) {
      totals.put(c.getString("chapter", "-"), new long[] {c.getJsonNumber("membersInArrears").longValue(),
          c.getJsonNumber("periodsOwed").longValue(), c.getJsonNumber("arrearsMinor").longValue()});
    }
    assertTrue(truth.size() >= 2, "members owe in more than one chapter: " + truth.keySet());
    assertEquals(describe(truth), describe(totals));
    assertEquals(truth.values().stream().mapToLong(t -> t[0]).sum(),
        d.admin().get(d.path("arrears/count")).object().getJsonNumber("count").longValue());
  }

  private static String describe(Map<String, long[]> byChapter) {
    StringBuilder s = new StringBuilder();
    byChapter.forEach((k, v) -> s.append(k).append(": ").append(java.util.Arrays.toString(v)).append('\n'));
    return s.toString();
  }
}
