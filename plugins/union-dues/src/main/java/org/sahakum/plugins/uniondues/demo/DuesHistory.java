package org.sahakum.plugins.uniondues.demo;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * The dues story of the n-th demo member, made from the run's seed and n alone (no shared
 * generator), so a top-up writes the same members' stories as a fresh run. Pure: no I/O.
 *
 * @param enrolled whether the member pays dues at all (about 9 in 10 do)
 * @param kind how the member pays
 * @param startsOn the first day dues are owed (a month's first day)
 * @param events what happened, oldest first
 */
public record DuesHistory(boolean enrolled, Kind kind, LocalDate startsOn, List<Event> events) {

  /** The month's dues, in sen: 4,000 riel, about one US dollar. */
  public static final long MONTHLY_MINOR = 400_000;

  /** How a member pays, with its share of the enrolled members in percent. */
  public enum Kind {
    /** Every month, one month's dues. */
    ON_TIME(55),
    /** A quarter at a time, so usually paid ahead. */
    AHEAD(12),
    /** Paid every month, then stopped two to eight months ago. */
    IN_ARREARS(15),
    /** Half a month's dues now and then, some months missed. */
    IRREGULAR(12),
    /** On time, with a hardship exemption of three to six months. */
    HARDSHIP(6);

    final int percent;

    Kind(int percent) {
      this.percent = percent;
    }
  }

  /** What kind of event. */
  public enum Type {
    PAYMENT,
    /** A payment recorded twice by mistake; the second is reversed the same day. */
    PAYMENT_RECORDED_TWICE,
    EXEMPTION
  }

  /**
   * One event: a payment ({@code amountMinor} on {@code on} by {@code method}) or an exemption
   * from {@code on} to {@code until}.
   */
  public record Event(Type type, LocalDate on, long amountMinor, String method, LocalDate until) {}

  private static final int ENROLLED_PERCENT = 92;
  private static final int TWICE_PER_MILLE = 12;

  /**
   * The story of the member at {@code position} (0-based, register order).
   *
   * @param planStart the plan's first day (a month's first day)
   * @param today the organisation's today; nothing happens after it, bar an exemption's end
   */
  public static DuesHistory of(long seed, int position, LocalDate planStart, LocalDate today) {
    Random r = new Random(seed ^ (0x9E3779B97F4A7C15L * (position + 1L)));
    if (r.nextInt(100) >= ENROLLED_PERCENT) {
      return new DuesHistory(false, null, null, List.of());
    }
    Kind kind = kind(r.nextInt(100));
    LocalDate startsOn = planStart.plusMonths(r.nextInt(7));
    YearMonth first = YearMonth.from(startsOn);
    YearMonth now = YearMonth.from(today);
    List<Event> events = new ArrayList<>();
    switch (kind) {
      case ON_TIME -> monthly(r, first, now, today, events);
      case AHEAD -> {
        for (YearMonth m = first; !m.isAfter(now); m = m.plusMonths(3)) {
          pay(r, m, today, 3 * MONTHLY_MINOR, events);
        }
      }
      case IN_ARREARS -> monthly(r, first, now.minusMonths(2 + r.nextInt(7)), today, events);
      case IRREGULAR -> {
        for (YearMonth m = first; !m.isAfter(now); m = m.plusMonths(1)) {
          if (r.nextInt(100) < 65) {
            pay(r, m, today, MONTHLY_MINOR / 2, events);
          }
        }
      }
      case HARDSHIP -> {
        YearMonth from = first.plusMonths(2 + r.nextInt(6));
        YearMonth until = from.plusMonths(2 + r.nextInt(4));
        if (!from.isAfter(now)) {
          events.add(new Event(Type.EXEMPTION, from.atDay(1), 0, null, until.atEndOfMonth()));
        }
        for (YearMonth m = first; !m.isAfter(now); m = m.plusMonths(1)) {
          if (m.isBefore(from) || m.isAfter(until)) {
            pay(r, m, today, MONTHLY_MINOR, events);
          }
        }
      }
      default -> throw new IllegalStateException("every kind is handled");
    }
    events.sort(Comparator.comparing(Event::on));
    return new DuesHistory(true, kind, startsOn, List.copyOf(events));
  }

  private static Kind kind(int draw) {
    int sum = 0;
    for (Kind k : Kind.values()) {
      sum += k.percent;
      if (draw < sum) {
        return k;
      }
    }
    return Kind.ON_TIME;
  }

  private static void monthly(Random r, YearMonth first, YearMonth last, LocalDate today, List<Event> events) {
    for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
      pay(r, m, today, MONTHLY_MINOR, events);
    }
  }

  /** A payment on a day of {@code month} (not after today); none if that day is still to come. */
  private static void pay(Random r, YearMonth month, LocalDate today, long amountMinor, List<Event> events) {
    int day = 1 + r.nextInt(28);
    int methodDraw = r.nextInt(100);
    boolean twice = r.nextInt(1000) < TWICE_PER_MILLE;
    LocalDate on = month.atDay(day);
    if (on.isAfter(today)) {
      return;
    }
    String method = methodDraw < 70 ? "CASH" : methodDraw < 95 ? "MOBILE_MONEY" : "BANK";
    events.add(new Event(twice ? Type.PAYMENT_RECORDED_TWICE : Type.PAYMENT, on, amountMinor, method, null));
  }
}
