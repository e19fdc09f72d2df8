package org.sahakum.plugins.legalaid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahakum.api.Page;
import org.sahakum.testkit.ApiResponse;

/** The lists the web app pages: every row reachable past the first 50, with the whole count. */
abstract class ListChecks extends LockdownChecks {

  @Test
  void cases_page_past_the_first_fifty_and_say_how_many_there_are() {
    Org o = Org.create(anonymous());
    int opened = 57;
    for (int i = 0; i < opened; i++) {
      o.openCase(newRow());
    }
    ApiResponse first = expect(200, o.admin().get(o.path("cases")));
    assertEquals(50, first.array().size(), "a page is 50 unless asked");
    assertEquals(String.valueOf(opened), first.headers().firstValue(Page.TOTAL_HEADER).orElse(""));
    ApiResponse second = expect(200, o.admin().get(o.path("cases?offset=50&limit=50")));
    assertEquals(opened - 50, second.array().size());
    List<Long> ids = new ArrayList<>();
    for (ApiResponse page : List.of(first, second)) {
      page.array().getValuesAs(JsonObject.class).forEach(c -> ids.add(id(c)));
    }
    assertEquals(opened, new HashSet<>(ids).size(), "every case once, over the two pages");
    for (int i = 1; i < ids.size(); i++) {
      assertTrue(ids.get(i - 1) > ids.get(i), "newest first, across the pages");
    }
    ApiResponse closed = expect(200, o.admin().get(o.path("cases?status=closed")));
    assertEquals("0", closed.headers().firstValue(Page.TOTAL_HEADER).orElse(""), "the total counts what the query chose");
    for (String list : List.of("detentions", "referrals", "violations", "trainings")) {
      ApiResponse empty = expect(200, o.admin().get(o.path(list + "?offset=0&limit=50")));
      assertEquals("0", empty.headers().firstValue(Page.TOTAL_HEADER).orElse(""), list);
    }
    assertEquals(400, o.admin().get(o.path("cases?limit=" + (Page.MAX_LIMIT + 1))).status());
  }
}
