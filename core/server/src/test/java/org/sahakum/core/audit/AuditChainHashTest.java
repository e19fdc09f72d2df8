package org.sahakum.core.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditChainHashTest {
  private static final String ZERO = "0".repeat(64);
  private static final Instant AT = Instant.parse("2026-11-29T01:02:03.123456Z");

  @Test
  void the_hash_depends_on_every_field_and_on_the_entry_before() {
    String h = AuditLog.chainHash(ZERO, 7, 1, AT, 42L, "case.created", "case", "9", null);
    assertEquals(64, h.length());
    assertEquals(h, AuditLog.chainHash(ZERO, 7, 1, AT, 42L, "case.created", "case", "9", null));
    assertNotEquals(h, AuditLog.chainHash("1".repeat(64), 7, 1, AT, 42L, "case.created", "case", "9", null));
    assertNotEquals(h, AuditLog.chainHash(ZERO, 8, 1, AT, 42L, "case.created", "case", "9", null));
    assertNotEquals(h, AuditLog.chainHash(ZERO, 7, 2, AT, 42L, "case.created", "case", "9", null));
    assertNotEquals(h, AuditLog.chainHash(ZERO, 7, 1, AT.plusNanos(1000), 42L, "case.created", "case", "9", null));
    assertNotEquals(h, AuditLog.chainHash(ZERO, 7, 1, AT, 43L, "case.created", "case", "9", null));
    assertNotEquals(h, AuditLog.chainHash(ZERO, 7, 1, AT, 42L, "case.read", "case", "9", null));
    assertNotEquals(h, AuditLog.chainHash(ZERO, 7, 1, AT, 42L, "case.created", "case", "10", null));
  }

  @Test
  void a_reason_is_covered_by_the_hash() {
    String without = AuditLog.chainHash(ZERO, 7, 1, AT, 42L, "member.identity.revealed", "member", "9", null);
    String with = AuditLog.chainHash(ZERO, 7, 1, AT, 42L, "member.identity.revealed", "member", "9", "court hearing");
    assertNotEquals(without, with);
    assertNotEquals(with, AuditLog.chainHash(ZERO, 7, 1, AT, 42L, "member.identity.revealed", "member", "9", "court"));
  }

  @Test
  void fields_cannot_be_shifted_into_each_other() {
    assertNotEquals(AuditLog.chainHash(ZERO, 7, 1, AT, 42L, "a", "bc", "d", null),
        AuditLog.chainHash(ZERO, 7, 1, AT, 42L, "ab", "c", "d", null));
  }
}
