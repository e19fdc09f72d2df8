package org.sahakum.core.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.io.ByteArrayOutputStream;
import java.net.URL;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
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
 * Invariant 3 under fire: every endpoint the server reports (and a module's mount), called by an
 * anonymous caller and by a foreign organisation's admin with random bodies of every length that
 * broke the guard before (0 to 3 bytes) and of 100 bytes and 100 KB, in UTF-8, UTF-16 with and
 * without a byte-order mark, broken UTF-8 and Latin-1, under every kind of content type. No answer
 * may be a server error. The seed is fixed and printed ({@code -Dsahakum.fuzz.seed} replays another).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BodyFuzzIT {
  private static final int[] LENGTHS = {0, 1, 2, 3, 100, 100_000};
  private static final List<String> CONTENT_TYPES = Arrays.asList("application/json", "application/json; charset=utf-16",
      "application/json; charset=bogus-42", "text/plain; charset=utf-8", "application/x-www-form-urlencoded",
      "multipart/form-data", "application/octet-stream", null, "garbage", "application/json;;;=");
  private static final Map<String, Function<String, byte[]>> ENCODINGS = new LinkedHashMap<>();
  private static final String[] FRAGMENTS = {"{", "\"", "x", "[", "]", "}", ":", ",", "{\"a\":", "null", "1e999", "-",
      "\\u0000", "\\", "ស្រី", "\u202E", "\u0007", "\"workingName\"", "true", " ", "\n", "\uFEFF", "𝄞"};
  /** How long the run may take before it stops sending; on a quiet machine it needs a fraction. */
  private static final long BUDGET_MILLIS = 8 * 60_000L;

  static {
    ENCODINGS.put("UTF-8", s -> s.getBytes(StandardCharsets.UTF_8));
    ENCODINGS.put("UTF-16 with BOM", s -> s.getBytes(StandardCharsets.UTF_16));
    ENCODINGS.put("UTF-16LE without BOM", s -> s.getBytes(StandardCharsets.UTF_16LE));
    ENCODINGS.put("invalid UTF-8", BodyFuzzIT::brokenUtf8);
    ENCODINGS.put("Latin-1", s -> s.getBytes(Charset.forName("ISO-8859-1")));
  }

  @ArquillianResource URL base;

  @Deployment(testable = false)
  static WebArchive deployment() throws java.io.IOException {
    return CoreIT.deployment();
  }

  @Test
  void no_body_of_any_length_encoding_or_type_gets_a_server_error() {
    long seed = Long.getLong("sahakum.fuzz.seed", 20_261_202L);
    Random random = new Random(seed);
    ApiClient anon = ApiClient.anonymous(base);
    TwoTenants t = TwoTenants.create(anon, "notes");
    long memberId = t.adminA().post("/api/t/" + t.a() + "/members", Json.createObjectBuilder()
        .add("workingName", "Fuzzed At").build()).object().getJsonNumber("id").longValue();
    List<Endpoints.Endpoint> endpoints = new ArrayList<>(Endpoints.ofServer(anon.asPlatformAdmin()));
    for (String method : List.of("GET", "POST", "PUT", "DELETE")) {
      endpoints.add(new Endpoints.Endpoint(method, "/api/t/{tenant}/notes/notebooks", true));
    }
    Map<String, ApiClient> callers = new LinkedHashMap<>();
    callers.put("anonymous", anon);
    callers.put("foreign admin", t.adminB());
    List<String> serverErrors = new ArrayList<>();
    List<String> unanswered = new ArrayList<>();
    List<String> closed = new ArrayList<>();
    int sent = 0;
    long deadline = System.currentTimeMillis() + BUDGET_MILLIS;
    List<String> encodings = List.copyOf(ENCODINGS.keySet());
    sending:
    for (Endpoints.Endpoint e : endpoints) {
      String path = e.path().replace("{tenant}", t.a()).replace("{slug}", t.a()).replace("{id}", String.valueOf(memberId))
          .replace("{module}", "notes").replace("{role}", "member").replace("{file}", "summary.js");
      for (Map.Entry<String, ApiClient> caller : callers.entrySet()) {
        for (int length : LENGTHS) {
          for (String type : CONTENT_TYPES) {
            if (System.currentTimeMillis() > deadline) {
              break sending;
            }
            String encoding = encodings.get(random.nextInt(encodings.size()));
            byte[] body = body(random, length, ENCODINGS.get(encoding));
            String what = caller.getKey() + " " + e.key() + " " + length + " bytes " + encoding + " as " + type;
            sent++;
            try {
              ApiResponse r = caller.getValue().callBytes(e.method(), path, type, body);
              if (r.status() >= 500) {
                serverErrors.add(what + " -> " + r);
              }
            } catch (java.io.UncheckedIOException noAnswer) {
              // Payara's HTTP layer closes the connection rather than read a large body that a GET or a
              // DELETE does not take: a refusal, not a server error; anything else must answer
              boolean bodyNotTaken = length > 64 * 1024 && (e.method().equals("GET") || e.method().equals("DELETE"));
              (bodyNotTaken ? closed : unanswered).add(what + " -> " + noAnswer.getCause());
            }
          }
        }
      }
    }
    System.out.printf("BodyFuzzIT: seed %d, %d endpoints, %d requests, %d server errors, %d without an answer, "
        + "%d connections closed on a large body a GET or DELETE does not take%n", seed, endpoints.size(), sent,
        serverErrors.size(), unanswered.size(), closed.size());
    assertEquals(List.of(), serverErrors, "seed " + seed);
    assertEquals(List.of(), unanswered, "seed " + seed);
    int planned = endpoints.size() * callers.size() * LENGTHS.length * CONTENT_TYPES.size();
    assertEquals(planned, sent, "every planned request was sent within the time budget (seed " + seed + ")");
    assertTrue(sent > 3000, "requests sent: " + sent);
  }

  /** Exactly {@code length} bytes: random fragments in one encoding, repeated or cut to fit. */
  private static byte[] body(Random random, int length, Function<String, byte[]> encoding) {
    if (length == 0) {
      return new byte[0];
    }
    StringBuilder text = new StringBuilder();
    int pieces = 1 + random.nextInt(Math.min(length, 40));
    for (int i = 0; i < pieces; i++) {
      text.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
    }
    byte[] unit = encoding.apply(text.toString());
    byte[] out = new byte[length];
    for (int i = 0; i < length; i++) {
      out[i] = unit[i % unit.length];
    }
    return out;
  }

  /** UTF-8 with bytes that no UTF-8 text holds: a lone continuation byte, an overlong form, 0xFF. */
  private static byte[] brokenUtf8(String s) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] good = s.getBytes(StandardCharsets.UTF_8);
    byte[][] bad = {{(byte) 0x80}, {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xFF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}};
    out.write(bad[good.length % bad.length], 0, bad[good.length % bad.length].length);
    out.write(good, 0, good.length);
    return out.toByteArray();
  }
}
