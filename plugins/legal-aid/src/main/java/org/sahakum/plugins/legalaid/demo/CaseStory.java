package org.sahakum.plugins.legalaid.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The n-th demo case, made from the run's seed and n alone. Pure: no I/O.
 *
 * @param caseType consultation, court, detention, labour, family or other
 * @param memberPosition the member client's register position, or -1 for a non-member
 * @param clientGroup the non-member's group, or null
 * @param openedAt when the case was opened
 * @param status open, in-progress or closed
 * @param closedAt when it was closed, or null
 * @param outcome how it ended, or null
 * @param assigned whether the demo staff account holds it
 * @param note whether it has a (fictional) note
 * @param dates hearings and deadlines
 * @param detention the detention behind a detention case, or null
 */
public record CaseStory(String caseType, int memberPosition, String clientGroup, Instant openedAt, String status,
    Instant closedAt, String outcome, boolean assigned, boolean note, List<DateStory> dates,
    DetentionStory detention) {

  /** A hearing or a deadline, and whether it is done. */
  public record DateStory(String kind, LocalDate dueOn, boolean done) {}

  /**
   * Who was held where, since when, until when (null: still held, in the queue) and with what
   * needs met ({@code needs} name the needs recorded, {@code met} whether each is met).
   */
  public record DetentionStory(String placeKind, String place, Instant heldSince, String reportedBy,
      Instant releasedAt, String releaseOutcome, List<String> needs, List<Boolean> met) {}

  static final int DAYS = 730;
  private static final String[] TYPES = {"consultation", "court", "detention", "labour", "family", "other"};
  private static final int[] TYPE_WEIGHTS = {35, 14, 8, 12, 21, 10};
  private static final String[] GROUPS = {"walk-in", "poor-family", "student", "other"};
  private static final int[] GROUP_WEIGHTS = {50, 25, 10, 15};

  /**
   * Case {@code n} (0-based) of {@code cases}, among {@code members} demo members.
   *
   * @param now the moment of the run: nothing happens after it
   */
  public static CaseStory of(long seed, long n, long cases, int members, Instant now, ZoneId zone) {
    Random r = Draws.of(seed, 1, n);
    String type = Draws.pick(r, TYPES, TYPE_WEIGHTS);
    boolean member = members > 0 && r.nextInt(100) < 70;
    int position = member ? Draws.memberNear(r, n, cases, members) : -1;
    String group = member ? null : Draws.pick(r, GROUPS, GROUP_WEIGHTS);
    if ("detention".equals(type)) {
      return detention(r, position, group, heldShare(cases), now, zone);
    }
    int age = r.nextInt(DAYS);
    Instant opened = workingHour(r, LocalDate.ofInstant(now, zone).minusDays(age), zone);
    if (opened.isAfter(now)) {
      opened = now.minus(Duration.ofMinutes(5));
    }
    int draw = r.nextInt(100);
    String status = age > 120 ? (draw < 90 ? "closed" : draw < 98 ? "in-progress" : "open")
        : age > 30 ? (draw < 50 ? "closed" : draw < 90 ? "in-progress" : "open")
        : (draw < 15 ? "closed" : draw < 60 ? "in-progress" : "open");
    Instant closed = null;
    String outcome = null;
    if ("closed".equals(status)) {
      closed = opened.plus(Duration.ofDays(1 + r.nextInt(Math.max(1, Math.min(age, 180)))));
      closed = closed.isAfter(now) ? now : closed;
      outcome = outcome(r, type);
    }
    List<DateStory> dates = new ArrayList<>();
    if (type.equals("court") || type.equals("labour") || type.equals("family")) {
      LocalDate openedOn = LocalDate.ofInstant(opened, zone);
      LocalDate today = LocalDate.ofInstant(now, zone);
      for (int i = 0, count = 1 + r.nextInt(2); i < count; i++) {
        LocalDate due = openedOn.plusDays(7 + r.nextInt(120));
        if (closed != null && due.isAfter(LocalDate.ofInstant(closed, zone))) {
          due = LocalDate.ofInstant(closed, zone);
        }
        boolean done = !due.isAfter(today) && ("closed".equals(status) || r.nextInt(100) < 80);
        dates.add(new DateStory(i == 0 ? "deadline" : "hearing", due, done));
      }
    }
    return new CaseStory(type, position, group, opened, status, closed, outcome, r.nextInt(100) < 80,
        r.nextInt(100) < 25, List.copyOf(dates), null);
  }

  /**
   * Of the detentions, the share still held: about six people in the queue whatever the scale (an
   * outreach team's night, not hundreds), one in seven of a small demo's detentions.
   */
  static double heldShare(long cases) {
    double detentions = Math.max(1, cases * TYPE_WEIGHTS[2] / 100.0);
    return Math.min(0.14, HELD_NOW / detentions);
  }

  static final int HELD_NOW = 6;

  /**
   * A detention: still held ({@code heldShare} of them: held 2 to 40 hours ago, open, in the
   * queue), or released after hours to days, the case closed with the matching outcome.
   */
  private static CaseStory detention(Random r, int position, String group, double heldShare, Instant now,
      ZoneId zone) {
    boolean held = r.nextDouble() < heldShare;
    Instant since = held ? now.minus(Duration.ofMinutes(120 + r.nextInt(38 * 60)))
        : workingHour(r, LocalDate.ofInstant(now, zone).minusDays(3 + r.nextInt(DAYS - 3)), zone);
    String placeKind = Draws.pick(r, new String[] {"police-station", "detention-centre", "other"}, new int[] {70, 25, 5});
    String place = r.nextInt(100) < 65 ? Draws.any(r, PP) : Draws.any(r, PROVINCES);
    String reporter = Draws.pick(r, new String[] {"self", "family", "peer", "outreach-worker", "other"},
        new int[] {10, 20, 40, 25, 5});
    List<String> needs = new ArrayList<>(List.of("food", "water", "legal-counsel"));
    if (r.nextInt(100) < 20) {
      needs.add("hiv-medicine");
    }
    List<Boolean> met = new ArrayList<>();
    for (int i = 0; i < needs.size(); i++) {
      met.add(held ? r.nextInt(100) < 40 : r.nextInt(100) < 75);
    }
    Instant opened = since.plus(Duration.ofMinutes(20 + r.nextInt(100)));
    opened = opened.isAfter(now) ? now : opened;
    if (held) {
      return new CaseStory("detention", position, group, opened, r.nextBoolean() ? "open" : "in-progress", null, null,
          true, r.nextInt(100) < 30, List.of(), new DetentionStory(placeKind, place, since, reporter, null, null,
          List.copyOf(needs), List.copyOf(met)));
    }
    int band = r.nextInt(100);
    long hours = band < 60 ? 4 + r.nextInt(21) : band < 90 ? 24 + r.nextInt(49) : 72 + r.nextInt(169);
    Instant released = since.plus(Duration.ofHours(hours)).plus(Duration.ofMinutes(r.nextInt(60)));
    String releaseOutcome = band < 90
        ? Draws.pick(r, new String[] {"released", "released-after-payment", "charged", "transferred", "other"},
            new int[] {55, 25, 10, 5, 5})
        : "sent-to-centre";
    String caseOutcome = switch (releaseOutcome) {
      case "charged" -> Draws.any(r, "convicted", "acquitted", "withdrawn");
      case "transferred", "sent-to-centre" -> "referred";
      default -> "released";
    };
    Instant closed = released.plus(Duration.ofHours(1 + r.nextInt(48)));
    closed = closed.isAfter(now) ? now : closed;
    return new CaseStory("detention", position, group, opened, "closed", closed, caseOutcome, true,
        r.nextInt(100) < 30, List.of(), new DetentionStory(placeKind, place, since, reporter, released,
        releaseOutcome, List.copyOf(needs), List.copyOf(met)));
  }

  private static String outcome(Random r, String type) {
    return switch (type) {
      case "court" -> Draws.pick(r, new String[] {"acquitted", "convicted", "settled", "withdrawn"},
          new int[] {35, 25, 25, 15});
      case "consultation" -> Draws.pick(r, new String[] {"resolved", "referred", "withdrawn"}, new int[] {70, 25, 5});
      case "labour" -> Draws.pick(r, new String[] {"settled", "resolved", "referred", "withdrawn"},
          new int[] {40, 30, 20, 10});
      case "family" -> Draws.pick(r, new String[] {"resolved", "settled", "referred"}, new int[] {50, 30, 20});
      default -> Draws.pick(r, new String[] {"resolved", "referred", "other"}, new int[] {50, 30, 20});
    };
  }

  /** Between 08:00 and 17:59 of {@code day}. */
  static Instant workingHour(Random r, LocalDate day, ZoneId zone) {
    return day.atTime(8 + r.nextInt(10), r.nextInt(60)).atZone(zone).toInstant();
  }

  static final String[] PP = {"pp-chamkar-morn", "pp-daun-penh", "pp-prampi-makara", "pp-toul-kork", "pp-dangkao",
      "pp-meanchey", "pp-russey-keo", "pp-sen-sok", "pp-por-senchey", "pp-chroy-changvar", "pp-boeung-keng-kang"};
  static final String[] PROVINCES = {"banteay-meanchey", "battambang", "kampong-chhnang", "kampong-speu", "kampot",
      "kandal", "preah-sihanouk", "siem-reap", "koh-kong", "takeo"};
}
