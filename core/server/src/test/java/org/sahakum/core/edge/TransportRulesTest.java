package org.sahakum.core.edge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which answers are gzipped for which client, and how long each kind may be kept. */
class TransportRulesTest {

  @Test
  void gzip_only_when_the_client_accepts_it() {
    assertTrue(Compression.acceptsGzip("gzip, deflate, br, zstd"));
    assertTrue(Compression.acceptsGzip("br;q=1.0, gzip;q=0.8"));
    assertTrue(Compression.acceptsGzip("*"));
    assertFalse(Compression.acceptsGzip(null));
    assertFalse(Compression.acceptsGzip("identity"));
    assertFalse(Compression.acceptsGzip("gzip;q=0, identity"));
    assertFalse(Compression.acceptsGzip("gzip; q=0.000"));
    assertFalse(Compression.acceptsGzip("*;q=0"));
    assertFalse(Compression.acceptsGzip("*, gzip;q=0"), "an explicit refusal wins over the wildcard");
    assertTrue(Compression.acceptsGzip("x-gzip, gzip;q=0.1"));
  }

  @Test
  void text_types_are_worth_compressing_and_binary_ones_are_not() {
    for (String type : new String[] {"application/json", "application/problem+json; charset=UTF-8", "text/javascript",
        "application/javascript", "text/css", "text/html;charset=utf-8", "image/svg+xml"}) {
      assertTrue(GzipResponse.compressible(type), type);
    }
    for (String type : new String[] {"font/woff2", "image/png", "application/octet-stream", "text/csv-ish", "", null}) {
      assertFalse(GzipResponse.compressible(type), String.valueOf(type));
    }
  }

  @Test
  void hashed_files_are_kept_a_year_the_page_is_revalidated_and_the_api_never_stored() {
    assertEquals(CachePolicy.IMMUTABLE, CachePolicy.ruleFor("/assets/index-CXznVtRJ.js"));
    assertEquals(CachePolicy.REVALIDATE, CachePolicy.ruleFor("/"));
    assertEquals(CachePolicy.REVALIDATE, CachePolicy.ruleFor("/index.html"));
    assertEquals(CachePolicy.REVALIDATE, CachePolicy.ruleFor("/sw.js"));
    assertEquals(CachePolicy.NEVER, CachePolicy.ruleFor("/api/t/wnu/members"));
    assertNull(CachePolicy.ruleFor("/health/ready"));
    assertNull(CachePolicy.ruleFor("/icon.svg"));
  }
}
