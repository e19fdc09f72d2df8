package org.sahakum.core.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.net.URL;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
import org.sahakum.api.Page;
import org.sahakum.testkit.ApiClient;
import org.sahakum.testkit.ApiResponse;
import org.sahakum.testkit.TwoTenants;

/**
 * The register says how many members match a page's query (the same filter counted), and its
 * export writes every member however many batches it takes, audited with the rows it holds.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RegisterPagingIT {
  /** One more batch than the export reads at a time (500), and a few rows of the next. */
  private static final int MEMBERS = 503;

  @ArquillianResource URL base;

  @Deployment(testable = false)
  static WebArchive deployment() throws java.io.IOException {
    return CoreIT.deployment();
  }

  @Test
  void a_page_says_how_many_match_and_the_export_writes_every_batch() throws Exception {
    TwoTenants t = TwoTenants.create(ApiClient.anonymous(base));
    String chapter = t.a() + "-kep";
    assertEquals(201, t.adminA().post("/api/tenants", Json.createObjectBuilder().add("slug", chapter).add("type", "chapter")
        .add("parent", t.a()).add("names", Json.createObjectBuilder().add("km", "កែប").add("en", "Kep")).build())
        .status());
    String register = "/api/t/" + t.a() + "/members";
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<ApiResponse>> added = new ArrayList<>();
      for (int i = 0; i < MEMBERS; i++) {
        var body = Json.createObjectBuilder().add("workingName", "Sokha " + i);
        if (i < 3) {
          body.add("chapter", chapter);
        }
        added.add(pool.submit(() -> t.adminA().post(register, body.build())));
      }
      for (Future<ApiResponse> answer : added) {
        assertEquals(201, answer.get().status(), answer.get().toString());
      }
    } finally {
      pool.shutdown();
    }
    long listedBefore = t.adminA().get("/api/t/" + t.a() + "/audit?action=member.listed&limit=200").array().size();

    assertPage(t.adminA().get(register + "?limit=20"), 20, MEMBERS);
    assertPage(t.adminA().get(register + "?offset=500&limit=20"), 3, MEMBERS);
    assertPage(t.adminA().get(register + "?offset=600&limit=20"), 0, MEMBERS);
    assertPage(t.adminA().get("/api/t/" + chapter + "/members"), 3, 3);
    // "sokha 1" is in Sokha 1, 10 to 19 and 100 to 199
    assertPage(t.adminA().post(register + "/search", Json.createObjectBuilder().add("q", "sokha 1").add("limit", 50)
        .build()), 50, 111);
    assertPage(t.adminA().post(register + "/search", Json.createObjectBuilder().add("q", "sokha 1").add("offset", 100)
        .build()), 11, 111);
    assertPage(t.adminA().get(register + "?status=suspended"), 0, 0);
    assertPage(t.adminB().get("/api/t/" + t.b() + "/members"), 0, 0);
    assertEquals(listedBefore + 5, t.adminA().get("/api/t/" + t.a() + "/audit?action=member.listed&limit=200").array()
        .size(), "every page read is on record, as before");

    ApiResponse csv = t.adminA().getAccepting(register + "/export", "text/csv");
    assertEquals(200, csv.status(), csv.toString());
    assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"), csv.toString());
    List<String> lines = Arrays.asList(csv.body().split("\r\n"));
    assertEquals(MEMBERS + 1, lines.size(), "a header and every member, across batches");
    assertEquals(MEMBERS, lines.stream().skip(1).map(l -> l.substring(0, l.indexOf(','))).distinct().count(),
        "no member twice");
    assertEquals(3, lines.stream().filter(l -> l.contains(",\"" + chapter + "\",")).count(),
        "the chapter column, quoted as every cell is");
    assertEquals(MEMBERS + " rows", t.adminA().get("/api/t/" + t.a() + "/audit?action=member.exported").array()
        .getJsonObject(0).getString("reason"));
    ApiResponse chapterCsv = t.adminA().getAccepting("/api/t/" + chapter + "/members/export", "text/csv");
    assertEquals(4, chapterCsv.body().split("\r\n").length, "the chapter's part only: " + chapterCsv.body());
  }

  private static void assertPage(ApiResponse page, int rows, long total) {
    assertEquals(200, page.status(), page.toString());
    assertEquals(rows, page.array().size(), page.toString());
    assertEquals(String.valueOf(total), page.headers().firstValue(Page.TOTAL_HEADER).orElse(""), page.toString());
  }
}
