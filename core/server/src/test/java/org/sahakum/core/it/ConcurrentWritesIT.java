package org.sahakum.core.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
 * More module writes at once than the database pool has connections, in a new organisation: first
 * rows with a value sealed under the organisation's data key, then rows with the core's audit
 * entry. If a write needed a second connection while holding its first (the sealer once read the
 * key version in a transaction of its own, after the module's first query had taken the
 * request's connection), every request could hold one and wait for another until the pool gave up.
 * All must be kept, promptly.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConcurrentWritesIT {
  /** Three times the pool's 32 connections (SahakumDataSource). */
  private static final int WRITERS = 96;

  @ArquillianResource URL base;

  @Deployment(testable = false)
  static WebArchive deployment() throws java.io.IOException {
    return CoreIT.deployment();
  }

  @Test
  void more_writes_at_once_than_pooled_connections_are_all_kept_sealed_and_audited() throws Exception {
    ApiClient anon = ApiClient.anonymous(base);
    TwoTenants t = TwoTenants.create(anon, "notes");
    String module = "/api/t/" + t.a() + "/notes/";
    long notebook = t.adminA().post(module + "notebooks", Json.createObjectBuilder().add("title", "Outreach").build())
        .object().getJsonNumber("id").longValue();

    for (String answer : burst(t, module + "secrets", notebook)) {
      assertEquals("201", answer.substring(0, 3), "every sealed write is kept, none waits out the pool: " + answer);
    }
    for (String answer : burst(t, module + "notes", notebook)) {
      assertEquals("201", answer.substring(0, 3), "every audited write is kept, none waits out the pool: " + answer);
    }
    assertEquals(2 * WRITERS, t.adminA().get(module + "notes").array().size(), "one row per write");
    assertEquals(WRITERS, t.adminA().get("/api/t/" + t.a() + "/audit?action=notes:note.created&limit=1000")
        .array().size(), "one audit entry per audited write");
  }

  /** WRITERS posts to {@code path} together, a connection each; the answers' status and body (or the failure). */
  private List<String> burst(TwoTenants t, String path, long notebook) throws Exception {
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(10)).build();
    String token = t.adminA().token();
    CountDownLatch start = new CountDownLatch(1);
    List<Future<String>> futures = new ArrayList<>();
    try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
      for (int k = 0; k < WRITERS; k++) {
        String body = Json.createObjectBuilder().add("notebookId", notebook).add("text", "visit " + k).build().toString();
        futures.add(pool.submit(() -> {
          start.await();
          // well under the pool's wait for a connection (60 s): a deadlock shows as a timeout here
          HttpRequest request = HttpRequest.newBuilder(URI.create(SahakumDeployment.root(base).toString().replaceAll("/$", "") + path))
              .timeout(Duration.ofSeconds(45)).header("Content-Type", "application/json")
              .header("Authorization", "Bearer " + token)
              .POST(HttpRequest.BodyPublishers.ofString(body)).build();
          try {
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
            return r.statusCode() + " " + r.body();
          } catch (java.io.IOException e) {
            return "000 " + e;
          }
        }));
      }
      start.countDown();
      List<String> answers = new ArrayList<>();
      for (Future<String> f : futures) {
        answers.add(f.get());
      }
      return answers;
    }
  }
}
