package org.sahakum.auditchain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ChainHashTest {
  private static final String ZERO = ChainHash.GENESIS;
  private static final Instant AT = Instant.parse("2026-11-29T01:02:03.123456Z");

  /** Values computed outside Java (printf | sha256sum): stored chains must keep verifying. */
  @Test
  void the_hash_is_the_one_every_stored_chain_was_written_with() {
    assertEquals("332c51b71c36b549b8715d262ca4d30a530c2033338fb80415d8be4cc4ee630d",
        ChainHash.of(ZERO, 7, 1, AT, 42L, "case.created", "case", "9", null));
    assertEquals("a72236eb9d27f72ebb81d978c05355604473f437bbda673a4a670c8e353ab935",
        ChainHash.of(ZERO, 7, 1, AT, null, "tenant.created", null, null, null));
    assertEquals("9bfd1994c873e73f555ba488a8ce2d02e3fcca2a77fdeed314c88fa028dd91d9",
        ChainHash.of(ZERO, 7, 1, AT, 42L, "member.identity.revealed", "member", "9", "court hearing ថ្ងៃ"));
  }

  @Test
  void the_hash_depends_on_every_field_and_on_the_entry_before() {
    String h = ChainHash.of(ZERO, 7, 1, AT, 42L, "case.created", "case", "9", null);
    assertEquals(64, h.length());
    assertEquals(h, ChainHash.of(ZERO, 7, 1, AT, 42L, "case.created", "case", "9", null));
    assertNotEquals(h, ChainHash.of("1".repeat(64), 7, 1, AT, 42L, "case.created", "case", "9", null));
    assertNotEquals(h, ChainHash.of(ZERO, 8, 1, AT, 42L, "case.created", "case", "9", null));
    assertNotEquals(h, ChainHash.of(ZERO, 7, 2, AT, 42L, "case.created", "case", "9", null));
    assertNotEquals(h, ChainHash.of(ZERO, 7, 1, AT.plusNanos(1000), 42L, "case.created", "case", "9", null));
    assertNotEquals(h, ChainHash.of(ZERO, 7, 1, AT, 43L, "case.created", "case", "9", null));
    assertNotEquals(h, ChainHash.of(ZERO, 7, 1, AT, 42L, "case.read", "case", "9", null));
    assertNotEquals(h, ChainHash.of(ZERO, 7, 1, AT, 42L, "case.created", "case", "10", null));
  }

  @Test
  void a_reason_is_covered_by_the_hash() {
    String without = ChainHash.of(ZERO, 7, 1, AT, 42L, "member.identity.revealed", "member", "9", null);
    String with = ChainHash.of(ZERO, 7, 1, AT, 42L, "member.identity.revealed", "member", "9", "court hearing");
    assertNotEquals(without, with);
    assertNotEquals(with, ChainHash.of(ZERO, 7, 1, AT, 42L, "member.identity.revealed", "member", "9", "court"));
  }

  @Test
  void fields_cannot_be_shifted_into_each_other() {
    assertNotEquals(ChainHash.of(ZERO, 7, 1, AT, 42L, "a", "bc", "d", null),
        ChainHash.of(ZERO, 7, 1, AT, 42L, "ab", "c", "d", null));
  }

  @Test
  void the_entry_form_hashes_the_same_fields() {
    AuditEntry e = new AuditEntry(3, AT, 42L, "case.created", "case", "9", "why", ZERO, "ignored");
    assertEquals(ChainHash.of(ZERO, 7, 3, AT, 42L, "case.created", "case", "9", "why"), ChainHash.of(ZERO, 7, e));
  }
}
