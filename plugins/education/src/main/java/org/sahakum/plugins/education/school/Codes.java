package org.sahakum.plugins.education.school;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The documents, barriers and kinds of support the module knows, and how a set of them is stored. */
public final class Codes {
  public static final List<String> DOCUMENTS = List.of("BIRTH_CERTIFICATE", "FAMILY_BOOK", "RESIDENCE_LETTER");
  public static final String DOCUMENT = "BIRTH_CERTIFICATE|FAMILY_BOOK|RESIDENCE_LETTER";
  public static final List<String> BARRIERS = List.of("COST_UNIFORM_MATERIALS", "INFORMAL_FEES", "DOCUMENTS", "DISTANCE",
      "DISCRIMINATION", "CHILD_WORKS", "SIBLING_CARE");
  public static final String BARRIER = "COST_UNIFORM_MATERIALS|INFORMAL_FEES|DOCUMENTS|DISTANCE|DISCRIMINATION"
      + "|CHILD_WORKS|SIBLING_CARE";
  public static final List<String> SUPPORT = List.of("UNIFORM", "MATERIALS", "FEES", "TRANSPORT");
  public static final String SUPPORT_KIND = "UNIFORM|MATERIALS|FEES|TRANSPORT";

  private Codes() {}

  /** A set of codes as stored: sorted, comma-separated, empty for none. */
  static String join(List<String> codes) {
    return String.join(",", new TreeSet<>(codes == null ? List.of() : codes));
  }

  static List<String> split(String stored) {
    return stored == null || stored.isEmpty() ? List.of() : List.copyOf(new TreeSet<>(Arrays.asList(stored.split(","))));
  }

  static Set<String> set(String stored) {
    return Set.copyOf(split(stored));
  }
}
