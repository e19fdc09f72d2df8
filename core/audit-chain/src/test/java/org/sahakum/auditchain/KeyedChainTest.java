package org.sahakum.auditchain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.sahakum.auditchain.TestChain.FROM_FIRST;
import static org.sahakum.auditchain.TestChain.KEY;
import static org.sahakum.auditchain.TestChain.TENANT;
import static org.sahakum.auditchain.TestChain.headOf;
import static org.sahakum.auditchain.TestChain.keyedFrom;
import static org.sahakum.auditchain.TestChain.plainEntry;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The keyed chain: someone who can write the database, and knows the code, but does not hold the
 * master key cannot rewrite entries; chains written before keying keep verifying.
 */
class KeyedChainTest {
  private static final Instant AT = Instant.parse("2026-11-29T01:02:03.123456Z");

  /** A tamperer's rewrite: entry {@code from} changed, it and every later entry re-hashed with plain SHA-256. */
  private static List<AuditEntry> rewrittenPlain(List<AuditEntry> chain, int from) {
    List<AuditEntry> forged = new ArrayList<>(chain.subList(0, from - 1));
    String prev = from == 1 ? ChainHash.GENESIS : chain.get(from - 2).hash();
    for (AuditEntry e : chain.subList(from - 1, chain.size())) {
      AuditEntry f = plainEntry(prev, e.seq(), e.seq() == from ? "member.created" : e.action(), e.reason());
      forged.add(f);
      prev = f.hash();
    }
    return forged;
  }

  @Test
  void a_rewrite_with_recomputed_plain_hashes_and_head_is_found() {
    List<AuditEntry> forged = rewrittenPlain(TestChain.of(5), 3);
    assertEquals(new ChainVerdict(false, 2, 3L, "entry 3 was changed"),
        ChainVerifier.verify(TENANT, KEY, FROM_FIRST, forged, headOf(forged)));
  }

  @Test
  void moving_the_keyed_start_past_a_plain_rewrite_is_found() {
    List<AuditEntry> forged = rewrittenPlain(TestChain.of(5), 1);
    KeyedFrom moved = new KeyedFrom(6, FROM_FIRST.mark());
    assertEquals("the chain's keyed start was changed at entry 6",
        ChainVerifier.verify(TENANT, KEY, moved, forged, headOf(forged)).problem());
    KeyedFrom beyond = new KeyedFrom(9, FROM_FIRST.mark());
    assertFalse(ChainVerifier.verify(TENANT, KEY, beyond, forged, headOf(forged)).intact());
  }

  @Test
  void a_chain_without_a_keyed_start_is_not_intact() {
    List<AuditEntry> chain = TestChain.of(2);
    assertEquals(new ChainVerdict(false, 0, 1L, "the chain's keyed start was changed at entry 1"),
        ChainVerifier.verify(TENANT, KEY, null, chain, headOf(chain)));
    assertFalse(ChainVerifier.verify(TENANT, KEY, new KeyedFrom(1, null), chain, headOf(chain)).intact());
  }

  @Test
  void a_chain_written_before_keying_keeps_verifying_and_goes_on_keyed() {
    List<AuditEntry> chain = TestChain.legacyThenKeyed(4, 3);
    KeyedFrom from5 = keyedFrom(5, chain.get(3).hash());
    assertEquals(new ChainVerdict(true, 7, null, null), ChainVerifier.verify(TENANT, KEY, from5, chain, headOf(chain)));
    List<AuditEntry> upgradedOnly = chain.subList(0, 4);
    assertEquals(new ChainVerdict(true, 4, null, null),
        ChainVerifier.verify(TENANT, KEY, from5, upgradedOnly, headOf(upgradedOnly)));
  }

  @Test
  void rewriting_the_plain_entries_before_the_keyed_start_is_found() {
    List<AuditEntry> chain = TestChain.legacyThenKeyed(4, 3);
    KeyedFrom from5 = keyedFrom(5, chain.get(3).hash());
    List<AuditEntry> forged = rewrittenPlain(chain.subList(0, 4), 2);
    forged.addAll(chain.subList(4, 7));
    assertEquals("entry 5 was changed", ChainVerifier.verify(TENANT, KEY, from5, forged, headOf(chain)).problem());
    // with no keyed entry yet, the start's mark alone shows it
    List<AuditEntry> plainOnly = forged.subList(0, 4);
    assertEquals(new ChainVerdict(false, 4, 5L, "the chain's keyed start was changed at entry 5"),
        ChainVerifier.verify(TENANT, KEY, from5, plainOnly, headOf(plainOnly)));
  }

  @Test
  void another_master_key_fails_the_first_keyed_entry() {
    List<AuditEntry> chain = TestChain.of(3);
    ChainKey other = ChainKey.fromMasterKey(TestChain.masterKey(2));
    assertEquals("entry 1 was changed", ChainVerifier.verify(TENANT, other, FROM_FIRST, chain, headOf(chain)).problem());
  }

  @Test
  void the_keyed_hash_covers_the_same_fields_and_differs_from_the_plain_one() {
    String keyed = ChainHash.keyed(KEY, ChainHash.GENESIS, 7, 1, AT, 42L, "case.created", "case", "9", null);
    assertEquals(64, keyed.length());
    assertNotEquals(ChainHash.of(ChainHash.GENESIS, 7, 1, AT, 42L, "case.created", "case", "9", null), keyed);
    assertNotEquals(keyed, ChainHash.keyed(KEY, ChainHash.GENESIS, 7, 1, AT, 42L, "case.created", "case", "10", null));
    assertNotEquals(keyed, ChainHash.keyed(KEY, ChainHash.GENESIS, 7, 1, AT, 42L, "case.created", "case", "9", "why"));
  }

  /** RFC 5869, test case 1, the first 32 bytes of its output: the derivation is standard HKDF-SHA256. */
  @Test
  void the_key_derivation_is_hkdf_sha256() {
    HexFormat hex = HexFormat.of();
    byte[] okm = Hkdf.sha256(hex.parseHex("000102030405060708090a0b0c"), hex.parseHex("0b".repeat(22)),
        hex.parseHex("f0f1f2f3f4f5f6f7f8f9"));
    assertEquals("3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf", hex.formatHex(okm));
  }
}
