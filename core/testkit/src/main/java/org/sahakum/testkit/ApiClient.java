package org.sahakum.testkit;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A small JSON client for the server under test, with or without a login. */
public final class ApiClient {
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private final String base;
  private final String token;

  private ApiClient(String base, String token) {
    this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    this.token = token;
  }

  /** A client without login; {@code base} is the deployment URL (the one before {@code /api}). */
  public static ApiClient anonymous(URL base) {
    return new ApiClient(SahakumDeployment.root(base).toString(), null);
  }

  /** The bearer token this client presents, for a test that sends its own requests (null when anonymous). */
  public String token() {
    return token;
  }

  /** A client presenting {@code token}, e.g. one kept from an earlier login. */
  public ApiClient withToken(String token) {
    return new ApiClient(base, token);
  }

  /** Logs in and returns a client carrying the token; fails the test when the login fails. */
  public ApiClient login(String tenant, String username, String password) {
    ApiResponse r = post("/api/auth/login", Json.createObjectBuilder()
        .add("tenant", tenant).add("username", username).add("password", password).build());
    if (r.status() != 200) {
      throw new AssertionError("login of " + username + "@" + tenant + " failed: " + r);
    }
    return new ApiClient(base, r.object().getString("token"));
  }

  /** The platform operator, with the password the test run generated. */
  public ApiClient asPlatformAdmin() {
    return login("platform", "admin", SahakumDeployment.adminPassword());
  }

  public ApiResponse get(String path) {
    return send(request(path).GET());
  }

  /** A GET that asks for another media type than JSON, e.g. {@code text/csv}. */
  public ApiResponse getAccepting(String path, String mediaType) {
    return send(request(path).setHeader("Accept", mediaType).GET());
  }

  /** A GET of a binary file (a workbook, a PDF): its bytes, or an AssertionError for any status but 200. */
  public byte[] getBytes(String path, String mediaType) {
    try {
      HttpResponse<byte[]> r = HTTP.send(request(path).setHeader("Accept", mediaType).GET().build(),
          HttpResponse.BodyHandlers.ofByteArray());
      if (r.statusCode() != 200) {
        throw new AssertionError("GET " + path + " answered " + r.statusCode());
      }
      return r.body();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A GET with extra headers, e.g. {@code If-None-Match}; given as name, value, name, value... */
  public ApiResponse getWith(String path, String... headers) {
    return send(request(path).headers(headers).GET());
  }

  public ApiResponse post(String path, JsonObject body) {
    return send(request(path).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
  }

  /** Posts with extra request headers, e.g. {@code Idempotency-Key}. */
  public ApiResponse post(String path, JsonObject body, java.util.Map<String, String> headers) {
    HttpRequest.Builder b = request(path).header("Content-Type", "application/json");
    headers.forEach(b::header);
    return send(b.POST(HttpRequest.BodyPublishers.ofString(body.toString())));
  }

  /** Posts raw text, for malformed-body tests. */
  public ApiResponse postRaw(String path, String body) {
    return send(request(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  /** Posts raw bytes with their media type, e.g. a file upload. */
  public ApiResponse postBytes(String path, String contentType, byte[] body) {
    return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  public ApiResponse put(String path, JsonObject body) {
    return send(request(path).header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(body.toString())));
  }

  /** Any method, with a JSON body or none. */
  public ApiResponse call(String method, String path, JsonObject body) {
    HttpRequest.BodyPublisher publisher = body == null
        ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body.toString());
    HttpRequest.Builder b = request(path).method(method, publisher);
    if (body != null) {
      b.header("Content-Type", "application/json");
    }
    return send(b);
  }

  /** Any method with a raw JSON text as its body, for malformed-input tests. */
  public ApiResponse callRaw(String method, String path, String body) {
    return send(request(path).header("Content-Type", "application/json")
        .method(method, HttpRequest.BodyPublishers.ofString(body)));
  }

  /**
   * Any method with any bytes as its body, for fuzzing: {@code contentType} null sends none,
   * an empty body sends {@code Content-Length: 0}. Sent as HTTP/1.1, as a browser or a proxy talks
   * to the server: the JDK client's attempt to upgrade to HTTP/2 stalled on the request after one the
   * server answered before reading its 100 KB body.
   */
  public ApiResponse callBytes(String method, String path, String contentType, byte[] body) {
    HttpRequest.BodyPublisher publisher = body.length == 0
        ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body);
    HttpRequest.Builder b = request(path).method(method, publisher).version(HttpClient.Version.HTTP_1_1);
    if (contentType != null) {
      b.header("Content-Type", contentType);
    }
    return send(b);
  }

  public ApiResponse delete(String path) {
    return send(request(path).DELETE());
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
        .header("Accept", "application/json");
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return b;
  }

  private static ApiResponse send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> r = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new ApiResponse(r.statusCode(), r.body(), r.headers());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
