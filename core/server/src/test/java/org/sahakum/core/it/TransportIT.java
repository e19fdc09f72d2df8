package org.sahakum.core.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sahakum.testkit.ApiClient;
import org.sahakum.testkit.ApiResponse;
import org.sahakum.testkit.SahakumDeployment;
import org.sahakum.testkit.TwoTenants;

/**
 * What a slow connection gets (issue 14, item 13): gzip for the app's files and the API's reads
 * but never for a login or any write (BREACH), hashed files kept a year, API answers never stored,
 * the modules answer revalidated by its ETag (304 while nothing changed, and only for a caller who
 * may read the tenant), and a tenant's whole tree in one call.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TransportIT {
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static final Pattern ENTRY_SCRIPT = Pattern.compile("src=\"(/assets/[^\"]+\\.js)\"");

  @ArquillianResource URL base;

  @Deployment(testable = false)
  static WebArchive deployment() throws IOException {
    return CoreIT.deployment();
  }

  @Test
  void the_apps_files_are_gzipped_and_hashed_ones_kept_a_year() {
    HttpResponse<byte[]> page = send("GET", "/", null, "Accept-Encoding", "gzip");
    assertEquals(200, page.statusCode());
    assertEquals(Optional.of("no-cache"), page.headers().firstValue("Cache-Control"), "the page is revalidated");
    Matcher script = ENTRY_SCRIPT.matcher(text(page));
    assertTrue(script.find(), "the page names its script: " + text(page));

    HttpResponse<byte[]> zipped = send("GET", script.group(1), null, "Accept-Encoding", "gzip, deflate, br");
    HttpResponse<byte[]> plain = send("GET", script.group(1), null);
    assertEquals(200, zipped.statusCode());
    assertEquals(Optional.of("gzip"), zipped.headers().firstValue("Content-Encoding"));
    assertTrue(zipped.headers().allValues("Vary").stream().anyMatch(v -> v.contains("Accept-Encoding")), zipped.headers().map().toString());
    assertEquals(Optional.of("public, max-age=31536000, immutable"), zipped.headers().firstValue("Cache-Control"));
    assertEquals(Optional.empty(), plain.headers().firstValue("Content-Encoding"), "no gzip for a client that did not ask");
    assertEquals(Optional.of(String.valueOf(plain.body().length)), plain.headers().firstValue("Content-Length"),
        "an uncompressed file keeps its length");
    assertArrayEquals(plain.body(), gunzip(zipped.body()), "the same file either way");
    assertTrue(zipped.body().length < plain.body().length / 2, zipped.body().length + " of " + plain.body().length);

    HttpResponse<byte[]> refused = send("GET", script.group(1), null, "Accept-Encoding", "gzip;q=0, identity");
    assertEquals(Optional.empty(), refused.headers().firstValue("Content-Encoding"), "gzip;q=0 refuses gzip");
    assertEquals(Optional.of("no-cache"), send("GET", "/sw.js", null).headers().firstValue("Cache-Control"),
        "a new service worker is seen at once");
  }

  @Test
  void api_reads_are_gzipped_never_stored_and_a_login_is_never_compressed() {
    TwoTenants t = TwoTenants.create(ApiClient.anonymous(base));
    String token = token(t.a());
    String roles = t.adminA().get("/api/t/" + t.a() + "/roles").body();
    assertTrue(roles.length() > 1024, "the roles answer is over a kilobyte: " + roles.length());
    HttpResponse<byte[]> read = send("GET", "/api/t/" + t.a() + "/roles", token, "Accept-Encoding", "gzip");
    assertEquals(200, read.statusCode());
    assertEquals(Optional.of("gzip"), read.headers().firstValue("Content-Encoding"), "a read over a kilobyte is gzipped");
    assertEquals(roles, new String(gunzip(read.body()), StandardCharsets.UTF_8));
    HttpResponse<byte[]> small = send("GET", "/api/ping", null, "Accept-Encoding", "gzip");
    assertEquals(Optional.empty(), small.headers().firstValue("Content-Encoding"), "a few bytes are not worth a gzip header");
    assertEquals(List.of("no-store"), read.headers().allValues("Cache-Control"), "personal data is never stored");

    String login = Json.createObjectBuilder().add("tenant", t.a()).add("username", "admin")
        .add("password", TwoTenants.ADMIN_PASSWORD).build().toString();
    HttpResponse<byte[]> answer = send("POST", "/api/auth/login", null, login, "Accept-Encoding", "gzip",
        "Content-Type", "application/json");
    assertEquals(200, answer.statusCode(), text(answer));
    assertEquals(Optional.empty(), answer.headers().firstValue("Content-Encoding"), "the token is never compressed");
    assertTrue(text(answer).contains("\"token\""));
    HttpResponse<byte[]> me = send("GET", "/api/auth/me", token, "Accept-Encoding", "gzip");
    assertEquals(Optional.empty(), me.headers().firstValue("Content-Encoding"), "nothing under /api/auth/ is compressed");
    HttpResponse<byte[]> write = send("POST", "/api/t/" + t.a() + "/invites", token, "{}", "Accept-Encoding", "gzip",
        "Content-Type", "application/json");
    assertEquals(201, write.statusCode(), text(write));
    assertEquals(Optional.empty(), write.headers().firstValue("Content-Encoding"), "an answer to a write is never compressed");
  }

  @Test
  void the_modules_answer_is_revalidated_by_its_etag_and_only_for_its_readers() {
    TwoTenants t = TwoTenants.create(ApiClient.anonymous(base));
    String path = "/api/t/" + t.a() + "/modules";
    ApiResponse first = t.adminA().get(path);
    assertEquals(200, first.status(), first.toString());
    String tag = first.headers().firstValue("ETag").orElseThrow(() -> new AssertionError("no ETag: " + first.headers().map()));
    List<String> cache = first.headers().allValues("Cache-Control");
    assertTrue(cache.size() == 1 && cache.get(0).contains("private") && cache.get(0).contains("no-cache")
        && !cache.get(0).contains("no-store"), "kept and revalidated, by the browser only: " + cache);

    ApiResponse again = t.adminA().getWith(path, "If-None-Match", tag);
    assertEquals(304, again.status(), again.toString());
    assertEquals("", again.body());
    assertEquals(Optional.of(tag), again.headers().firstValue("ETag"));
    assertEquals(304, t.adminB().getWith("/api/t/" + t.b() + "/modules", "If-None-Match", tag).status(),
        "the same modules on give the same tag: it depends on the answer only");
    assertEquals(404, t.adminB().getWith(path, "If-None-Match", tag).status(), "a foreign caller gets no 304");
    assertEquals(401, ApiClient.anonymous(base).getWith(path, "If-None-Match", tag).status());

    assertEquals(200, t.adminA().put(path + "/notes", Json.createObjectBuilder().add("enabled", true).build()).status());
    ApiResponse changed = t.adminA().getWith(path, "If-None-Match", tag);
    assertEquals(200, changed.status(), "a module switched on changes the answer");
    String newTag = changed.headers().firstValue("ETag").orElseThrow();
    assertNotEquals(tag, newTag);
    assertTrue(changed.body().contains("\"ui\":{"), changed.body());
    assertEquals(304, t.adminA().getWith(path, "If-None-Match", newTag).status());
  }

  @Test
  void a_tenants_tree_comes_in_one_call_as_each_node_would_alone() {
    ApiClient anon = ApiClient.anonymous(base);
    ApiClient operator = anon.asPlatformAdmin();
    String suffix = Long.toString(System.nanoTime(), 36);
    String network = "net-" + suffix;
    assertEquals(201, operator.post("/api/tenants", TwoTenants.tenantBody(network, "network", "platform")).status());
    ApiClient networkAdmin = TwoTenants.account(anon, operator, network, "admin", "admin");
    String org = "org-" + suffix;
    assertEquals(201, networkAdmin.post("/api/tenants", TwoTenants.tenantBody(org, "organisation", network)).status());
    ApiClient orgAdmin = TwoTenants.account(anon, networkAdmin, org, "admin", "admin", "notes");
    for (String chapter : List.of("ch1-" + suffix, "ch2-" + suffix)) {
      assertEquals(201, orgAdmin.post("/api/tenants", TwoTenants.tenantBody(chapter, "chapter", org)).status());
    }
    ApiClient other = TwoTenants.organisation(anon, operator, "other-" + suffix);

    JsonArray tree = orgAdmin.get("/api/tenants/" + org + "/subtree").array();
    assertEquals(List.of(org, "ch1-" + suffix, "ch2-" + suffix), slugs(tree));
    for (JsonObject node : tree.getValuesAs(JsonObject.class)) {
      assertEquals(orgAdmin.get("/api/tenants/" + node.getString("slug")).object(), node, "as the node's own answer");
    }
    JsonArray fromAbove = networkAdmin.get("/api/tenants/" + network + "/subtree").array();
    assertEquals(List.of(network, org, "ch1-" + suffix, "ch2-" + suffix), slugs(fromAbove),
        "a network sees the structure below it, as node by node");
    assertEquals(404, other.get("/api/tenants/" + org + "/subtree").status(), "a foreign admin learns nothing");
    assertEquals(404, orgAdmin.get("/api/tenants/" + network + "/subtree").status(), "nor does an organisation about its network");
    assertEquals(401, anon.get("/api/tenants/" + org + "/subtree").status());
  }

  private static List<String> slugs(JsonArray tree) {
    return tree.getValuesAs(JsonObject.class).stream().map(n -> n.getString("slug")).toList();
  }

  private String token(String tenant) {
    ApiResponse r = ApiClient.anonymous(base).post("/api/auth/login", Json.createObjectBuilder().add("tenant", tenant)
        .add("username", "admin").add("password", TwoTenants.ADMIN_PASSWORD).build());
    assertEquals(200, r.status(), r.toString());
    return r.object().getString("token");
  }

  private static String text(HttpResponse<byte[]> r) {
    return new String(r.body(), StandardCharsets.UTF_8);
  }

  private static byte[] gunzip(byte[] body) {
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A request as a browser sends it, answered as raw bytes (the JDK client does not unzip). */
  private HttpResponse<byte[]> send(String method, String path, String token, String... bodyAndHeaders) {
    String body = bodyAndHeaders.length % 2 == 1 ? bodyAndHeaders[0] : null;
    String root = SahakumDeployment.root(base).toString().replaceAll("/$", "");
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(root + path)).timeout(Duration.ofSeconds(30))
        .version(HttpClient.Version.HTTP_1_1)
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    for (int i = body == null ? 0 : 1; i + 1 < bodyAndHeaders.length; i += 2) {
      b.header(bodyAndHeaders[i], bodyAndHeaders[i + 1]);
    }
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    try {
      return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
