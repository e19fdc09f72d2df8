package org.sahakum.plugins.uniondues.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The demo's dues stories, as a treasurer looking at the demo would notice them. */
class DuesHistoryTest {
  private static final long SEED = 42;
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
  private static final LocalDate PLAN_START = LocalDate.of(2025, 6, 1);
  private static final int MEMBERS = 2_000;

  private static List<DuesHistory> stories() {
    List<DuesHistory> all = new ArrayList<>();
    for (int n = 0; n < MEMBERS; n++) {
      all.add(DuesHistory.of(SEED, n, PLAN_START, TODAY));
    }
    return all;
  }

  @Test
  void the_same_seed_and_member_give_the_same_story_and_another_seed_another() {
    assertEquals(stories(), stories());
    List<DuesHistory> other = new ArrayList<>();
    for (int n = 0; n < MEMBERS; n++) {
      other.add(DuesHistory.of(SEED + 1, n, PLAN_START, TODAY));
    }
    assertNotEquals(stories(), other);
  }

  @Test
  void most_members_pay_dues_in_every_way_a_union_sees() {
    List<DuesHistory> enrolled = stories().stream().filter(DuesHistory::enrolled).toList();
    double share = enrolled.size() / (double) MEMBERS;
    assertTrue(share > 0.88 && share < 0.96, "about 9 in 10 enrolled: " + share);
    Map<DuesHistory.Kind, Integer> kinds = new EnumMap<>(DuesHistory.Kind.class);
    enrolled.forEach(h -> kinds.merge(h.kind(), 1, Integer::sum));
    assertEquals(DuesHistory.Kind.values().length, kinds.size(), "every kind of payer: " + kinds);
    assertTrue(kinds.get(DuesHistory.Kind.IN_ARREARS) > MEMBERS / 20, "some in arrears: " + kinds);
  }

  @Test
  void an_enrolled_member_has_12_to_18_months_of_history_and_nothing_after_today() {
    long payments = 0;
    for (DuesHistory h : stories()) {
      if (!h.enrolled()) {
        assertTrue(h.events().isEmpty());
        continue;
      }
      long months = ChronoUnit.MONTHS.between(h.startsOn(), TODAY.withDayOfMonth(1));
      assertTrue(months >= 11 && months <= 17, "dues owed for 12 to 18 months: " + months);
      assertEquals(1, h.startsOn().getDayOfMonth());
      LocalDate previous = h.startsOn();
      for (DuesHistory.Event e : h.events()) {
        assertFalse(e.on().isAfter(TODAY), "no payment in the future: " + e);
        assertFalse(e.on().isBefore(previous), "oldest first");
        previous = e.on();
        if (e.type() != DuesHistory.Type.EXEMPTION) {
          assertTrue(e.amountMinor() > 0 && e.amountMinor() % (DuesHistory.MONTHLY_MINOR / 2) == 0, "riel amounts");
          payments++;
        }
      }
    }
    double perMember = payments / (double) stories().stream().filter(DuesHistory::enrolled).count();
    assertTrue(perMember > 9 && perMember < 15, "about a year of monthly payments each: " + perMember);
  }

  @Test
  void hardship_exemptions_last_under_two_years_and_no_dues_are_paid_while_they_run() {
    int exemptions = 0;
    for (DuesHistory h : stories()) {
      for (DuesHistory.Event x : h.events()) {
        if (x.type() != DuesHistory.Type.EXEMPTION) {
          continue;
        }
        exemptions++;
        assertTrue(x.until().isAfter(x.on()) && !x.until().isAfter(x.on().plusYears(2)));
        for (DuesHistory.Event p : h.events()) {
          assertTrue(p.type() == DuesHistory.Type.EXEMPTION || p.on().isBefore(x.on()) || p.on().isAfter(x.until()),
              "a payment while exempt: " + p);
        }
      }
    }
    assertTrue(exemptions > MEMBERS / 50, "a few exemptions: " + exemptions);
  }

  @Test
  void a_few_payments_are_recorded_twice_to_be_reversed() {
    long twice = stories().stream().flatMap(h -> h.events().stream())
        .filter(e -> e.type() == DuesHistory.Type.PAYMENT_RECORDED_TWICE).count();
    long all = stories().stream().flatMap(h -> h.events().stream()).count();
    assertTrue(twice > 0 && twice < all / 40, "about 1 in 80: " + twice + " of " + all);
  }
}
