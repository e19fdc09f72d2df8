package org.sahakum.core.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sahakum.testkit.ApiClient;
import org.sahakum.testkit.SahakumDeployment;
import org.sahakum.testkit.TwoTenants;

/**
 * The HTTP edge as a browser or a proxy meets it: the security headers on every kind of answer,
 * the scheme believed only from a trusted proxy (the test server trusts 127.0.0.1 and nothing
 * else, see the testkit's arquillian.xml), and Payara's generated endpoints closed.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EdgeIT {
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @ArquillianResource URL base;

  @Deployment(testable = false)
  static WebArchive deployment() throws java.io.IOException {
    return CoreIT.deployment();
  }

  @Test
  void every_answer_carries_the_security_headers() {
    List<String> missing = new ArrayList<>();
    for (String path : List.of("/", "/index.html", "/icon.svg", "/sw.js", "/no-such-file.js", "/api/ping",
        "/api/auth/me", "/api/t/no-such-tenant/members", "/api/no-such-call")) {
      check(missing, path, send(untrusted(), "GET", path, null, null));
    }
    check(missing, "POST /api/auth/login {", send(untrusted(), "POST", "/api/auth/login", "application/json", "{"));
    check(missing, "POST /api/auth/login as text", send(untrusted(), "POST", "/api/auth/login", "text/plain", "x"));
    assertEquals(List.of(), missing);
  }

  @Test
  void https_is_believed_only_from_a_trusted_proxy() {
    String trusted = "http://127.0.0.1:" + base.getPort() + SahakumDeployment.root(base).getPath().replaceAll("/$", "");
    String direct = untrusted();
    HttpResponse<String> proxied = send(trusted, "GET", "/api/ping", null, null, "X-Forwarded-Proto", "https",
        "X-Forwarded-For", "198.51.100.7");
    assertEquals(Optional.of("max-age=31536000"), proxied.headers().firstValue("Strict-Transport-Security"),
        "HSTS behind a trusted TLS proxy");
    assertTrue(send(trusted, "GET", "/", null, null, "X-Forwarded-Proto", "https").headers()
        .firstValue("Strict-Transport-Security").isPresent(), "on the app's files too");
    assertFalse(send(trusted, "GET", "/api/ping", null, null, "X-Forwarded-Proto", "http").headers()
        .firstValue("Strict-Transport-Security").isPresent(), "not when the proxy says the client used plain HTTP");
    assertFalse(send(direct, "GET", "/api/ping", null, null, "X-Forwarded-Proto", "https").headers()
        .firstValue("Strict-Transport-Security").isPresent(), "a client that is not a trusted proxy cannot claim TLS");

    String login = Json.createObjectBuilder().add("tenant", "platform").add("username", "admin")
        .add("password", SahakumDeployment.adminPassword()).build().toString();
    String viaProxy = cookie(send(trusted, "POST", "/api/auth/login", "application/json", login, "X-Forwarded-Proto", "https"));
    assertTrue(viaProxy.contains("Secure"), "the session cookie is Secure when the client's scheme was https: " + viaProxy);
    assertTrue(viaProxy.contains("HttpOnly") && viaProxy.contains("SameSite=Strict"), viaProxy);
    String claimed = cookie(send(direct, "POST", "/api/auth/login", "application/json", login, "X-Forwarded-Proto", "https"));
    assertFalse(claimed.contains("Secure"), "a claim from an untrusted client changes nothing: " + claimed);

    String org = TwoTenants.create(ApiClient.anonymous(base)).a();
    String orgLogin = Json.createObjectBuilder().add("tenant", org).add("username", "admin")
        .add("password", TwoTenants.ADMIN_PASSWORD).build().toString();
    HttpResponse<String> admin = send(trusted, "POST", "/api/auth/login", "application/json", orgLogin,
        "X-Forwarded-Proto", "https");
    String token = Json.createReader(new java.io.StringReader(admin.body())).readObject().getString("token");
    HttpResponse<String> invite = send(trusted, "POST", "/api/t/" + org + "/invites", "application/json", "{}",
        "X-Forwarded-Proto", "https", "Authorization", "Bearer " + token);
    assertEquals(201, invite.statusCode(), invite.body());
    assertTrue(invite.body().contains("\"url\":\"https://"), "the invite link is https behind a TLS proxy: " + invite.body());
  }

  @Test
  void generated_api_description_and_metrics_are_not_served() {
    String root = "http://127.0.0.1:" + base.getPort();
    List<String> open = new ArrayList<>();
    for (String path : List.of("/openapi", "/openapi/", "/metrics", "/metrics/base", "/metrics/vendor", "/metrics/application")) {
      for (String client : List.of(root, untrustedRoot())) {
        HttpResponse<String> r = send(client, "GET", path, null, null, "Accept", "application/json");
        HttpResponse<String> again = send(client, "GET", path, null, null, "Accept", "text/plain");
        for (HttpResponse<String> answer : List.of(r, again)) {
          if (answer.statusCode() < 400 || answer.statusCode() >= 500 || answer.body().contains("/api/")
              || answer.body().contains("# TYPE")) {
            open.add(client + path + " -> " + answer.statusCode() + " " + answer.body().substring(0,
                Math.min(200, answer.body().length())));
          }
        }
      }
    }
    assertEquals(List.of(), open);
    assertEquals(200, send(root, "GET", "/health/ready", null, null).statusCode(), "readiness still answers");
  }

  private static void check(List<String> missing, String what, HttpResponse<String> r) {
    var h = r.headers();
    String csp = h.firstValue("Content-Security-Policy").orElse("");
    if (!csp.contains("script-src 'self' blob:") || !csp.contains("frame-ancestors 'none'")
        || !csp.contains("object-src 'none'") || csp.contains("unsafe-eval")
        || !h.firstValue("X-Content-Type-Options").orElse("").equals("nosniff")
        || !h.firstValue("Referrer-Policy").orElse("").equals("no-referrer")
        || h.firstValue("Strict-Transport-Security").isPresent()) {
      missing.add(what + " -> " + r.statusCode() + " " + h.map());
    }
  }

  private static String cookie(HttpResponse<String> login) {
    assertEquals(200, login.statusCode(), login.body());
    return login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("sahakum_session=")).findFirst()
        .orElseThrow(() -> new AssertionError("no session cookie: " + login.headers().map()));
  }

  /** The deployment on an address of this machine that is not loopback: a client, not a trusted proxy. */
  private String untrusted() {
    return untrustedRoot() + SahakumDeployment.root(base).getPath().replaceAll("/$", "");
  }

  private String untrustedRoot() {
    return "http://" + machineAddress() + ":" + base.getPort();
  }

  private static String machineAddress() {
    try {
      for (NetworkInterface n : Collections.list(NetworkInterface.getNetworkInterfaces())) {
        if (!n.isUp() || n.isLoopback()) {
          continue;
        }
        for (InetAddress a : Collections.list(n.getInetAddresses())) {
          if (a instanceof Inet4Address && !a.isLoopbackAddress() && !a.isLinkLocalAddress()) {
            return a.getHostAddress();
          }
        }
      }
    } catch (SocketException e) {
      throw new UncheckedIOException(e);
    }
    throw new AssertionError("this machine has no IPv4 address besides loopback to call the server as a plain client");
  }

  private static HttpResponse<String> send(String root, String method, String path, String type, String body,
      String... headers) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(root + path)).timeout(Duration.ofSeconds(30))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (type != null) {
      b.header("Content-Type", type);
    }
    if (headers.length > 0) {
      b.headers(headers);
    }
    try {
      return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
