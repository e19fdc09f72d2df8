package org.sahakum.plugins.legalaid.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The demo's cases, as a paralegal looking at the demo would notice them. */
class CaseStoryTest {
  private static final long SEED = 7;
  private static final ZoneId ZONE = ZoneId.of("Asia/Phnom_Penh");
  private static final Instant NOW = Instant.parse("2026-11-29T03:00:00Z");
  private static final int MEMBERS = 1_000;
  private static final long CASES = 2L * MEMBERS;

  private static List<CaseStory> stories(long seed) {
    List<CaseStory> all = new ArrayList<>();
    for (long n = 0; n < CASES; n++) {
      all.add(CaseStory.of(seed, n, CASES, MEMBERS, NOW, ZONE));
    }
    return all;
  }

  @Test
  void the_same_seed_gives_the_same_cases() {
    assertEquals(stories(SEED), stories(SEED));
    assertFalse(stories(SEED).equals(stories(SEED + 1)));
  }

  @Test
  void every_type_status_and_outcome_kind_shows_up_over_two_years() {
    List<CaseStory> all = stories(SEED);
    assertEquals(Set.of("consultation", "court", "detention", "labour", "family", "other"),
        all.stream().map(CaseStory::caseType).collect(Collectors.toSet()));
    assertEquals(Set.of("open", "in-progress", "closed"), all.stream().map(CaseStory::status).collect(Collectors.toSet()));
    Pattern outcomes = Pattern.compile("resolved|released|acquitted|convicted|settled|referred|withdrawn|other");
    for (CaseStory c : all) {
      assertFalse(c.openedAt().isAfter(NOW));
      assertTrue(c.openedAt().isAfter(NOW.minus(Duration.ofDays(CaseStory.DAYS + 1))), "within two years");
      if ("closed".equals(c.status())) {
        assertTrue(outcomes.matcher(c.outcome()).matches(), c.outcome());
        assertFalse(c.closedAt().isBefore(c.openedAt()) || c.closedAt().isAfter(NOW));
      } else {
        assertNull(c.outcome());
      }
    }
  }

  @Test
  void members_and_walk_ins_are_both_clients_and_members_are_in_the_register() {
    List<CaseStory> all = stories(SEED);
    long members = all.stream().filter(c -> c.memberPosition() >= 0).count();
    assertTrue(members > CASES * 6 / 10 && members < CASES * 8 / 10, "about 7 in 10 for members: " + members);
    assertTrue(all.stream().allMatch(c -> c.memberPosition() < MEMBERS));
    assertTrue(all.stream().allMatch(c -> (c.memberPosition() >= 0) == (c.clientGroup() == null)));
    assertTrue(all.stream().anyMatch(c -> "walk-in".equals(c.clientGroup())));
  }

  @Test
  void a_few_detentions_are_still_held_for_hours_and_the_rest_were_released() {
    List<CaseStory.DetentionStory> detentions = stories(SEED).stream().map(CaseStory::detention)
        .filter(java.util.Objects::nonNull).toList();
    assertTrue(detentions.size() > CASES / 20, "about 1 in 12 cases: " + detentions.size());
    List<CaseStory.DetentionStory> held = detentions.stream().filter(d -> d.releasedAt() == null).toList();
    assertTrue(held.size() >= 2 && held.size() <= 12, "a few in the queue: " + held.size());
    for (CaseStory.DetentionStory d : held) {
      long hours = Duration.between(d.heldSince(), NOW).toHours();
      assertTrue(hours >= 2 && hours <= 40, "held for hours, not months: " + hours);
    }
    for (CaseStory.DetentionStory d : detentions) {
      if (d.releasedAt() != null) {
        assertTrue(Duration.between(d.heldSince(), d.releasedAt()).toHours() >= 4);
        assertNotNull(d.releaseOutcome());
      }
      assertEquals(d.needs().size(), d.met().size());
    }
    assertTrue(detentions.stream().anyMatch(d -> d.needs().contains("hiv-medicine")));
  }

  @Test
  void the_queue_holds_a_few_people_at_any_scale() {
    for (int members : new int[] {140, 1_000, 10_000, 100_000}) {
      double expected = CaseStory.heldShare(2L * members) * 2L * members * 8 / 100;
      assertTrue(expected >= 2 && expected <= CaseStory.HELD_NOW, members + " members: " + expected);
    }
  }

  @Test
  void violations_have_acts_victims_members_or_not_and_mostly_consent() {
    List<ViolationStory> all = new ArrayList<>();
    for (long n = 0; n < 500; n++) {
      all.add(ViolationStory.of(SEED, n, 500, MEMBERS, NOW.atZone(ZONE).toLocalDate()));
    }
    long consented = all.stream().filter(ViolationStory::advocacyConsent).count();
    assertTrue(consented > 300 && consented < 400, "about 7 in 10 consent: " + consented);
    List<Integer> victims = all.stream().flatMap(v -> v.acts().stream()).flatMap(a -> a.victimPositions().stream())
        .toList();
    assertTrue(victims.contains(-1) && victims.stream().anyMatch(p -> p >= 0), "members and others");
    assertTrue(all.stream().allMatch(v -> !v.recordedOn().isBefore(v.occurredOn())
        && !v.recordedOn().isAfter(NOW.atZone(ZONE).toLocalDate())));
  }

  @Test
  void demo_notes_say_they_are_fictional_in_both_languages() {
    java.util.Random r = new java.util.Random(1);
    for (int i = 0; i < 20; i++) {
      String note = DemoNotes.pick(r);
      assertTrue(note.contains("[DEMO – fictional]") && note.contains("[សាកល្បង – ប្រឌិត]"), note);
    }
  }
}
