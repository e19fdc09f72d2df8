package org.sahakum.plugins.healthreferral.facilities;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The coarse service categories: what a facility offers and what a referral is for. Never a
 * diagnosis, a test result or an HIV status; a referral's category is sealed all the same.
 */
public final class Services {
  /** Every category, as a regular expression for Bean Validation. */
  public static final String CATEGORIES = "hiv-testing|hiv-treatment|sti|family-planning-srh|maternal-care|tb"
      + "|child-health|mental-health|general";

  /** Every category, in the order forms and reports show them. */
  public static final List<String> ALL = List.of(CATEGORIES.split("\\|"));

  private Services() {}

  static String encode(Set<String> offered) {
    return "," + ALL.stream().filter(offered::contains).collect(Collectors.joining(",")) + ",";
  }

  static Set<String> decode(String stored) {
    return Arrays.stream(stored.split(",")).filter(s -> !s.isEmpty()).collect(Collectors.toCollection(LinkedHashSet::new));
  }
}
