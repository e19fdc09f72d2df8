package org.sahakum.auditchain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sahakum.auditchain.TestChain.FROM_FIRST;
import static org.sahakum.auditchain.TestChain.KEY;
import static org.sahakum.auditchain.TestChain.TENANT;
import static org.sahakum.auditchain.TestChain.entry;
import static org.sahakum.auditchain.TestChain.headOf;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChainVerifierTest {
  private final List<AuditEntry> chain = new ArrayList<>(TestChain.of(5));
  private final ChainHead head = headOf(chain);

  @Test
  void an_untouched_chain_is_intact() {
    assertEquals(new ChainVerdict(true, 5, null, null), ChainVerifier.verify(TENANT, KEY, FROM_FIRST, chain, head));
  }

  @Test
  void an_empty_chain_with_a_fresh_head_is_intact() {
    assertEquals(new ChainVerdict(true, 0, null, null),
        ChainVerifier.verify(TENANT, KEY, FROM_FIRST, List.of(), new ChainHead(0, ChainHash.GENESIS)));
  }

  @Test
  void a_changed_field_breaks_the_chain_at_that_entry() {
    chain.set(2, TestChain.withAction(chain.get(2), "member.created"));
    assertEquals(new ChainVerdict(false, 2, 3L, "entry 3 was changed"), ChainVerifier.verify(TENANT, KEY, FROM_FIRST, chain, head));
  }

  @Test
  void a_changed_reason_breaks_the_chain() {
    chain.set(1, TestChain.withReason(chain.get(1), "routine check"));
    assertEquals(new ChainVerdict(false, 1, 2L, "entry 2 was changed"), ChainVerifier.verify(TENANT, KEY, FROM_FIRST, chain, head));
  }

  @Test
  void a_removed_reason_breaks_the_chain() {
    chain.set(1, TestChain.withReason(chain.get(1), null));
    assertEquals("entry 2 was changed", ChainVerifier.verify(TENANT, KEY, FROM_FIRST, chain, head).problem());
  }

  @Test
  void a_changed_entry_with_a_recomputed_hash_breaks_the_chain_at_the_next_one() {
    AuditEntry old = chain.get(2);
    chain.set(2, entry(old.prevHash(), 3, "member.created", null));
    assertEquals(new ChainVerdict(false, 3, 4L, "entry 4 was changed"), ChainVerifier.verify(TENANT, KEY, FROM_FIRST, chain, head));
  }

  @Test
  void a_removed_entry_is_missing() {
    chain.remove(2);
    assertEquals(new ChainVerdict(false, 2, 3L, "entry 3 is missing"), ChainVerifier.verify(TENANT, KEY, FROM_FIRST, chain, head));
  }

  @Test
  void a_removed_entry_whose_followers_were_renumbered_breaks_the_chain() {
    chain.remove(2);
    chain.set(2, TestChain.withSeq(chain.get(2), 3));
    chain.set(3, TestChain.withSeq(chain.get(3), 4));
    assertEquals(new ChainVerdict(false, 2, 3L, "entry 3 was changed"), ChainVerifier.verify(TENANT, KEY, FROM_FIRST, chain, head));
  }

  @Test
  void an_inserted_entry_breaks_the_chain_at_the_entry_after_it() {
    // a well-formed forgery after entry 2, the old entries 3..5 renumbered to 4..6
    List<AuditEntry> forged = new ArrayList<>(chain.subList(0, 2));
    forged.add(entry(chain.get(1).hash(), 3, "member.created", null));
    for (AuditEntry e : chain.subList(2, 5)) {
      forged.add(TestChain.withSeq(e, e.seq() + 1));
    }
    assertEquals(new ChainVerdict(false, 3, 4L, "entry 4 was changed"),
        ChainVerifier.verify(TENANT, KEY, FROM_FIRST, forged, new ChainHead(6, forged.get(5).hash())));
  }

  @Test
  void an_inserted_entry_with_a_taken_seq_breaks_the_chain() {
    chain.add(3, entry(chain.get(2).hash(), 3, "member.created", null));
    assertEquals(new ChainVerdict(false, 3, 4L, "entry 4 was changed"), ChainVerifier.verify(TENANT, KEY, FROM_FIRST, chain, head));
  }

  @Test
  void entries_cut_off_the_end_show_at_the_head() {
    chain.remove(4);
    chain.remove(3);
    assertEquals(new ChainVerdict(false, 3, 4L, "entries after 3 are missing"),
        ChainVerifier.verify(TENANT, KEY, FROM_FIRST, chain, head));
  }

  @Test
  void a_head_with_another_hash_shows() {
    assertEquals("entries after 5 are missing",
        ChainVerifier.verify(TENANT, KEY, FROM_FIRST, chain, new ChainHead(5, "f".repeat(64))).problem());
  }

  @Test
  void without_a_head_the_end_is_not_checked() {
    chain.remove(4);
    assertEquals(new ChainVerdict(true, 4, null, null), ChainVerifier.verify(TENANT, KEY, FROM_FIRST, chain, null));
  }

  @Test
  void another_tenant_id_breaks_the_first_entry() {
    assertEquals("entry 1 was changed", ChainVerifier.verify(TENANT + 1, KEY, FROM_FIRST, chain, head).problem());
  }

  @Test
  void a_paged_walk_reads_from_the_next_seq_and_agrees_with_the_whole_walk() {
    List<Long> asked = new ArrayList<>();
    ChainVerifier.EntryPages<RuntimeException> pages = (from, limit) -> {
      asked.add(from);
      return chain.stream().filter(e -> e.seq() >= from).limit(limit).toList();
    };
    assertEquals(ChainVerifier.verify(TENANT, KEY, FROM_FIRST, chain, head), ChainVerifier.verifyPaged(TENANT, KEY, FROM_FIRST, pages, () -> head, 2));
    assertEquals(List.of(1L, 3L, 5L), asked);

    chain.remove(3);
    asked.clear();
    assertEquals(new ChainVerdict(false, 3, 4L, "entry 4 is missing"),
        ChainVerifier.verifyPaged(TENANT, KEY, FROM_FIRST, pages, () -> head, 2));
    assertEquals(List.of(1L, 3L), asked);
  }

  @Test
  void a_paged_walk_over_a_chain_filling_whole_pages_still_checks_the_head() {
    chain.remove(4);
    ChainVerifier.EntryPages<RuntimeException> pages =
        (from, limit) -> chain.stream().filter(e -> e.seq() >= from).limit(limit).toList();
    assertEquals(new ChainVerdict(false, 4, 5L, "entries after 4 are missing"),
        ChainVerifier.verifyPaged(TENANT, KEY, FROM_FIRST, pages, () -> head, 2));
  }
}
