package org.sahakum.plugins.uniondues;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.sahakum.api.Page;
import org.sahakum.testkit.ApiResponse;

/**
 * The lists the web app pages (arrears, enrolments) past the first 50 with the whole count, and
 * the arrears export with every member in arrears, well past the 500 it once stopped at.
 */
abstract class ListChecks extends LockdownChecks {
  private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @Test
  void arrears_and_enrolments_page_through_everything_and_the_export_has_every_row() throws IOException {
    Dues d = Dues.create(anonymous(), SECRET);
    int more = 520;
    for (int i = 0; i < more; i++) {
      d.enrol(member(d.admin(), d.org(), "Owing " + i).getString("memberCode"), TODAY.withDayOfMonth(1).minusMonths(11));
    }
    int owing = more + 1;

    ApiResponse first = expect(200, d.admin().get(d.path("arrears")));
    assertEquals(50, first.array().size());
    assertEquals(String.valueOf(owing), first.headers().firstValue(Page.TOTAL_HEADER).orElse(""));
    Set<String> codes = new HashSet<>();
    for (int offset = 0; offset < owing; offset += Page.MAX_LIMIT) {
      ApiResponse page = expect(200, d.admin().get(d.path("arrears?limit=" + Page.MAX_LIMIT + "&offset=" + offset)));
      page.array().getValuesAs(JsonObject.class).forEach(r -> codes.add(r.getString("memberCode")));
    }
    assertEquals(owing, codes.size(), "every member in arrears, each once");
    ApiResponse enrolments = expect(200, d.admin().get(d.path("enrolments?offset=500&limit=50")));
    assertEquals(owing - 500, enrolments.array().size());
    assertEquals(String.valueOf(owing), enrolments.headers().firstValue(Page.TOTAL_HEADER).orElse(""));

    ApiResponse chapters = expect(200, d.admin().get(d.path("arrears/chapters?limit=" + Page.MAX_LIMIT)));
    assertEquals(String.valueOf(chapters.array().size()), chapters.headers().firstValue(Page.TOTAL_HEADER).orElse(""),
        "arrears by chapter says how many rows it has");
    assertEquals(owing, chapters.array().getValuesAs(JsonObject.class).stream()
        .mapToInt(c -> c.getInt("membersInArrears")).sum(), "every member in arrears counted in a chapter's row");
    assertEquals(0, expect(200, d.admin().get(d.path("arrears/chapters?offset=" + chapters.array().size())))
        .array().size(), "a page past the last row is empty");
    for (String list : new String[] {"payments", "receipts", "reversals", "exemptions", "cash/handovers",
        "reports/collections", "cash/reconciliation"}) {
      ApiResponse none = expect(200, d.admin().get(d.path(list + "?offset=0&limit=50")));
      assertEquals("0", none.headers().firstValue(Page.TOTAL_HEADER).orElse(""), list + " says its total");
    }

    ApiResponse csv = expect(200, d.admin().getAccepting(d.path("arrears/export?format=csv"), "text/csv"));
    String[] lines = csv.body().split("\r\n");
    assertEquals(owing + 1, lines.length, "a header and every member in arrears");
    Set<String> exported = new HashSet<>();
    for (int i = 1; i < lines.length; i++) {
      exported.add(lines[i].substring(1, lines[i].indexOf('"', 1)));
    }
    assertEquals(codes, exported);
    assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").contains("filename=\"arrears.csv\""));

    assertEquals(owing + 1, rowsInSheet(d.admin().getBytes(d.path("arrears/export?format=xlsx"), XLSX)), "the workbook too");
    long exports = d.admin().get("/api/t/" + d.org() + "/audit?limit=200").array().getValuesAs(JsonObject.class)
        .stream().filter(e -> e.getString("action").equals("union-dues:arrears.exported")).count();
    assertEquals(2, exports, "each export audited once");
  }

  private static int rowsInSheet(byte[] workbook) throws IOException {
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(workbook))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        if (e.getName().equals("xl/worksheets/sheet1.xml")) {
          Matcher rows = Pattern.compile("<row ").matcher(new String(zip.readAllBytes(), StandardCharsets.UTF_8));
          int n = 0;
          while (rows.find()) {
            n++;
          }
          return n;
        }
      }
    }
    throw new AssertionError("no sheet in the workbook");
  }
}
