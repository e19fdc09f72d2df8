package org.sahakum.plugins.uniondues.enrolments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sahakum.plugins.uniondues.Months;

/**
 * Property tests over random payment sequences (seeded, so a failure repeats): part payments,
 * payments several periods ahead, reversals of earlier payments and waivers, on monthly,
 * quarterly and yearly plans in riel and dollars. After every step the running total equals the
 * sum of the ledger, and the position agrees with an independent formula.
 */
class LedgerArithmeticTest {
  private static final int[] PERIODS = {1, 3, 12};

  @Test
  void the_balance_always_equals_the_sum_of_the_ledger() {
    for (long seed = 1; seed <= 500; seed++) {
      Random random = new Random(seed);
      int periodMonths = PERIODS[random.nextInt(3)];
      long amount = 1 + random.nextInt(random.nextBoolean() ? 5_000_000 : 2_000);
      LocalDate start = LocalDate.of(2020 + random.nextInt(5), 1 + random.nextInt(12), 1 + random.nextInt(28));
      DuesEnrolment e = new DuesEnrolment(1, 1, periodMonths, amount, "KHR", random.nextInt(4), null, start);
      List<Long> ledger = new ArrayList<>();
      List<Integer> reversible = new ArrayList<>();
      int waived = 0;
      for (int step = 0; step < 60; step++) {
        int what = random.nextInt(10);
        if (what < 6) {
          long paid = 1 + (long) (random.nextDouble() * amount * (1 + random.nextInt(6)));
          e.post(paid);
          ledger.add(paid);
          reversible.add(ledger.size() - 1);
        } else if (what < 8 && !reversible.isEmpty()) {
          long undone = ledger.get(reversible.remove(random.nextInt(reversible.size())));
          e.post(-undone);
          ledger.add(-undone);
        } else if (what == 8) {
          int w = random.nextInt(3);
          e.waive(w);
          waived += w;
        }
        long sum = ledger.stream().mapToLong(Long::longValue).sum();
        assertEquals(sum, e.getPaidMinor(), "seed " + seed + " step " + step);
        LocalDate day = start.plusDays(random.nextInt(3000) - 100);
        check(e, sum, waived, amount, periodMonths, day, "seed " + seed + " step " + step);
      }
    }
  }

  private static void check(DuesEnrolment e, long paid, int waived, long amount, int periodMonths, LocalDate day,
      String where) {
    Position p = e.position(day, false);
    int t = Months.index(day);
    int s = Months.index(e.getStartsOn());
    int due = t < s ? 0 : (t - s) / periodMonths + 1;
    assertEquals(due, p.periodsDue(), where);
    assertEquals(paid, p.periodsPaid() * amount + p.creditMinor(), where + ": whole periods and the part add up");
    assertEquals(Math.max(0, (due - waived) * amount - paid), p.arrearsMinor(), where + ": arrears");
    assertEquals(p.periodsOwed() > 0, e.getCoveredUntil() <= t, where + ": the SQL arrears test agrees");
    if (p.periodsOwed() > 0) {
      assertEquals(p.periodsOwed(), (t - e.getCoveredUntil()) / periodMonths + 1, where + ": the SQL owed formula");
      assertEquals(p.arrearsMinor(), p.periodsOwed() * amount - paid % amount, where + ": the SQL arrears formula");
    }
    assertTrue(p.periodsOwed() == 0 || p.periodsAhead() == 0, where + ": never both owing and ahead");
  }

  @Test
  void a_total_never_falls_below_zero() {
    DuesEnrolment e = new DuesEnrolment(1, 1, 1, 10_000, "USD", 0, null, LocalDate.of(2025, 1, 1));
    e.post(5_000);
    assertThrows(IllegalStateException.class, () -> e.post(-5_001));
    assertEquals(5_000, e.getPaidMinor());
  }

  @Test
  void periods_starting_inside_an_exemption() {
    int jan2025 = Months.index(LocalDate.of(2025, 1, 1));
    assertEquals(3, Position.periodsStartingBetween(jan2025, 1, jan2025 + 2, jan2025 + 4));
    assertEquals(1, Position.periodsStartingBetween(jan2025, 3, jan2025 + 1, jan2025 + 4));
    assertEquals(0, Position.periodsStartingBetween(jan2025, 12, jan2025 + 1, jan2025 + 11));
    assertEquals(2, Position.periodsStartingBetween(jan2025, 1, jan2025 - 5, jan2025 + 1));
    assertEquals(0, Position.periodsStartingBetween(jan2025, 1, jan2025 - 5, jan2025 - 1));
  }

  @Test
  void good_standing_follows_the_grace_and_exemptions() {
    DuesEnrolment e = new DuesEnrolment(1, 1, 1, 1_000, "USD", 1, null, LocalDate.of(2025, 1, 1));
    LocalDate march = LocalDate.of(2025, 3, 15);
    e.post(1_000);
    assertEquals(2, e.position(march, false).periodsOwed());
    assertEquals(false, e.position(march, false).inGoodStanding());
    assertEquals(true, e.position(march, true).inGoodStanding(), "exempt today");
    e.post(1_500);
    assertEquals(1, e.position(march, false).periodsOwed());
    assertEquals(500, e.position(march, false).arrearsMinor(), "half of March is paid");
    assertEquals(true, e.position(march, false).inGoodStanding(), "one period owed is within the grace");
  }
}
