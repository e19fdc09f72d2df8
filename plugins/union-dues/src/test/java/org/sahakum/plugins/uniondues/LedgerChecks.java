package org.sahakum.plugins.uniondues;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.sahakum.testkit.ApiClient;
import org.sahakum.testkit.ApiResponse;

/** The ledger through the API: payments, receipts, standing, reversals, idempotency, bad input, concurrency. */
abstract class LedgerChecks extends DuesFixture {

  @Test
  void a_payment_gets_a_receipt_moves_the_standing_and_a_reversal_undoes_it() {
    Dues d = Dues.create(anonymous(), SECRET);
    JsonObject paid = expect(201, d.admin().post(d.path("payments"), payment(d.memberCode(), 3_500, "USD", TODAY)))
        .object();
    assertEquals(1, paid.getJsonNumber("receiptNumber").longValue(), "the organisation's first receipt");
    JsonObject standing = expect(200, d.admin().get(d.path("standing/" + d.memberId()))).object();
    assertEquals(12, standing.getInt("periodsDue"));
    assertEquals(3, standing.getInt("periodsPaid"));
    assertEquals(500, standing.getJsonNumber("creditMinor").longValue(), "a part payment towards the fourth month");
    assertEquals(12 * 1_000 - 3_500, standing.getJsonNumber("arrearsMinor").longValue());
    assertEquals(false, standing.getBoolean("inGoodStanding"));

    ApiResponse km = expect(200, d.admin().getAccepting(d.path("receipts/1/print?lang=km"), "text/html"));
    assertTrue(km.body().contains("៣៥.០០"), km.body());
    ApiResponse en = expect(200, d.admin().getAccepting(d.path("receipts/1/print?lang=en"), "text/html"));
    assertTrue(en.body().contains("35.00 US dollars") && en.body().contains("Secret Dues Name"), en.body());

    long id = paid.getJsonNumber("id").longValue();
    JsonObject reversal = Json.createObjectBuilder().add("paymentId", id).add("reason", "entered twice").build();
    expect(201, d.admin().post(d.path("reversals"), reversal));
    expect(409, d.admin().post(d.path("reversals"), reversal));
    assertEquals(0, d.admin().get(d.path("standing/" + d.memberId())).object().getJsonNumber("paidMinor").longValue());
    assertEquals(2, d.admin().get(d.path("payments")).array().size(), "the payment stays, with its reversal");
    assertTrue(d.admin().get(d.path("receipts/1")).object().getBoolean("reversed"));
    assertEquals(405, d.admin().call("DELETE", d.path("payments/" + id), null).status(), "no delete");
    assertEquals(405, d.admin().put(d.path("payments/" + id), payment(d.memberCode(), 1, "USD", TODAY)).status());
  }

  @Test
  void negative_amounts_unknown_currencies_and_future_dates_are_refused_and_write_nothing() {
    Dues d = Dues.create(anonymous(), SECRET);
    List<ApiResponse> refused = List.of(
        d.admin().post(d.path("payments"), payment(d.memberCode(), -100, "USD", TODAY)),
        d.admin().post(d.path("payments"), payment(d.memberCode(), 0, "USD", TODAY)),
        d.admin().post(d.path("payments"), payment(d.memberCode(), 100, "EUR", TODAY)),
        d.admin().post(d.path("payments"), payment(d.memberCode(), 100, "USD", TODAY.plusDays(2))),
        d.admin().post(d.path("payments"), payment(d.memberCode(), 100, "KHR", TODAY)),
        d.admin().post(d.path("payments"), payment("NO-SUCH-CODE", 100, "USD", TODAY)),
        d.admin().postRaw(d.path("payments"), "{\"memberCode\":\"" + d.memberCode() + "\",\"amountMinor\":1.5,"
            + "\"currency\":\"USD\",\"paidOn\":\"" + TODAY + "\",\"method\":\"CASH\"}"));
    List<String> details = List.of("amountMinor", "amountMinor", "currency", "paidOn", "currency", "memberCode", "");
    for (int i = 0; i < refused.size(); i++) {
      ApiResponse r = refused.get(i);
      assertTrue(r.status() == 400 || r.status() == 422, i + ": " + r);
      assertTrue(r.contentType().startsWith("application/problem+json"), i + ": " + r.contentType());
      assertTrue(r.object().getString("detail").contains(details.get(i)), i + ": " + r);
    }
    assertEquals(0, d.admin().get(d.path("payments")).array().size(), "nothing was recorded");
    JsonObject first = expect(201, d.admin().post(d.path("payments"), payment(d.memberCode(), 100, "USD", TODAY)))
        .object();
    assertEquals(1, first.getJsonNumber("receiptNumber").longValue(), "refusals used no receipt number");
  }

  @Test
  void a_retry_with_the_same_idempotency_key_records_one_payment() {
    Dues d = Dues.create(anonymous(), SECRET);
    String key = UUID.randomUUID().toString();
    JsonObject body = payment(d.memberCode(), 2_000, "USD", TODAY);
    ApiResponse first = post(d, body, key);
    ApiResponse retry = post(d, body, key);
    assertEquals(201, first.status(), first.body());
    assertEquals(201, retry.status(), retry.body());
    assertEquals(first.body(), retry.body(), "the retry answers the payment already recorded");
    assertEquals("true", retry.headers().firstValue("Idempotent-Replayed").orElse(""));
    ApiResponse other = post(d, payment(d.memberCode(), 2_001, "USD", TODAY), key);
    assertEquals(422, other.status(), other.body());
    assertTrue(other.body().contains("Idempotency-Key"), other.body());
    assertEquals(400, post(d, body, "short").status(), "a malformed key");
    assertEquals(1, d.admin().get(d.path("payments")).array().size(), "one payment");
    assertEquals(2_000, d.admin().get(d.path("standing/" + d.memberId())).object().getJsonNumber("paidMinor").longValue());
  }

  @Test
  void two_collectors_at_once_get_consecutive_receipts_and_lose_no_payment() throws Exception {
    Dues d = Dues.create(anonymous(), SECRET);
    List<String> codes = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      String code = member(d.admin(), d.org(), "Member " + i).getString("memberCode");
      d.enrol(code, TODAY.withDayOfMonth(1));
      codes.add(code);
    }
    List<ApiClient> collectors = List.of(d.account(anonymous(), "collector-a", "organiser"),
        d.account(anonymous(), "collector-b", "organiser"));
    int each = 20;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<Future<List<ApiResponse>>> runs = new ArrayList<>();
    for (int c = 0; c < 2; c++) {
      ApiClient collector = collectors.get(c);
      int offset = c;
      runs.add(pool.submit(() -> {
        start.await();
        List<ApiResponse> out = new ArrayList<>();
        for (int i = 0; i < each; i++) {
          // both collectors alternate between the same members, so they contend for rows too
          out.add(collector.post(d.path("payments"), payment(codes.get((i + offset) % codes.size()), 100, "USD", TODAY)));
        }
        return out;
      }));
    }
    start.countDown();
    List<Long> numbers = new ArrayList<>();
    for (Future<List<ApiResponse>> run : runs) {
      for (ApiResponse r : run.get()) {
        assertEquals(201, r.status(), r.toString());
        numbers.add(r.object().getJsonNumber("receiptNumber").longValue());
      }
    }
    pool.shutdown();
    Collections.sort(numbers);
    List<Long> expected = new ArrayList<>();
    for (long n = 1; n <= 2L * each; n++) {
      expected.add(n);
    }
    assertEquals(expected, numbers, "no receipt number repeated, none skipped");
    assertEquals(2 * each, d.admin().get(d.path("payments?limit=200")).array().size(), "no payment lost");
    long total = 0;
    for (JsonObject e : d.admin().get(d.path("enrolments?limit=200")).array().getValuesAs(JsonObject.class)) {
      total += e.getJsonNumber("paidMinor").longValue();
    }
    assertEquals(2L * each * 100, total, "the running totals add up to the ledger");
  }

  private static ApiResponse post(Dues d, JsonObject body, String key) {
    return d.admin().post(d.path("payments"), body, Map.of("Idempotency-Key", key));
  }
}
