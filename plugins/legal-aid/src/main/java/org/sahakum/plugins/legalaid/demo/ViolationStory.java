package org.sahakum.plugins.legalaid.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The n-th documented violation of the demo, made from the run's seed and n alone. Pure: no I/O.
 *
 * @param occurredOn the day it happened, within the last two years
 * @param recordedOn the day a paralegal documented it (not after today)
 * @param place a khan of Phnom Penh or a province
 * @param advocacyConsent whether the victims agreed to its use in advocacy (about 7 in 10)
 * @param acts what was done, by whom, to whom
 */
public record ViolationStory(LocalDate occurredOn, LocalDate recordedOn, String place, boolean advocacyConsent,
    List<ActStory> acts) {

  /**
   * One act; {@code victimPositions} holds a member victim's register position, or -1 for a
   * person who is not a member.
   */
  public record ActStory(String actType, String perpetratorType, List<Integer> victimPositions) {}

  private static final String[] ACTS = {"arbitrary-arrest", "detention-without-food-water-medicine",
      "physical-violence", "sexual-violence", "extortion", "condoms-as-evidence", "confiscation", "verbal-abuse",
      "forced-eviction", "other"};
  private static final int[] ACT_WEIGHTS = {22, 8, 14, 6, 14, 8, 10, 10, 5, 3};

  /** Violation {@code n} (0-based) of {@code violations}, among {@code members} demo members. */
  public static ViolationStory of(long seed, long n, long violations, int members, LocalDate today) {
    Random r = Draws.of(seed, 2, n);
    LocalDate occurred = today.minusDays(r.nextInt(CaseStory.DAYS));
    LocalDate recorded = occurred.plusDays(r.nextInt(10));
    recorded = recorded.isAfter(today) ? today : recorded;
    String place = r.nextInt(100) < 65 ? Draws.any(r, CaseStory.PP) : Draws.any(r, CaseStory.PROVINCES);
    boolean consent = r.nextInt(100) < 70;
    List<ActStory> acts = new ArrayList<>();
    for (int a = 0, count = 1 + r.nextInt(3); a < count; a++) {
      String act = Draws.pick(r, ACTS, ACT_WEIGHTS);
      List<Integer> victims = new ArrayList<>();
      for (int v = 0, many = 1 + r.nextInt(3); v < many; v++) {
        victims.add(members > 0 && r.nextInt(100) < 60 ? Draws.memberNear(r, n, violations, members) : -1);
      }
      acts.add(new ActStory(act, perpetrator(r, act), List.copyOf(victims)));
    }
    return new ViolationStory(occurred, recorded, place, consent, List.copyOf(acts));
  }

  /** Who usually does such an act, by the pattern sex-worker unions document. */
  private static String perpetrator(Random r, String act) {
    return switch (act) {
      case "arbitrary-arrest", "condoms-as-evidence", "confiscation" ->
          Draws.pick(r, new String[] {"police", "social-affairs-guard", "other"}, new int[] {75, 20, 5});
      case "detention-without-food-water-medicine" ->
          Draws.pick(r, new String[] {"social-affairs-guard", "police"}, new int[] {60, 40});
      case "extortion" -> Draws.pick(r, new String[] {"police", "gang", "other"}, new int[] {60, 30, 10});
      case "physical-violence", "sexual-violence" ->
          Draws.pick(r, new String[] {"client", "police", "gang", "social-affairs-guard", "other"},
              new int[] {40, 25, 15, 15, 5});
      case "forced-eviction" -> Draws.pick(r, new String[] {"police", "other"}, new int[] {50, 50});
      default -> Draws.pick(r, new String[] {"police", "client", "gang", "other"}, new int[] {40, 30, 15, 15});
    };
  }
}
