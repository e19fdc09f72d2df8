package org.sahakum.plugins.organising.stock;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The kinds of material a chapter gives out, and the counts a visit or an event reports for each:
 * one body field per kind, so the phone form is a row of numbers and nothing else.
 */
public interface Materials {

  /** Every kind, as a regular expression for Bean Validation, in the order screens list them. */
  String KINDS = "male-condoms|female-condoms|lubricant|leaflets|booklets|posters";

  /** Every kind, in order. */
  List<String> ALL = List.of(KINDS.split("\\|"));

  /** The body field that counts each kind, in {@link #ALL}'s order. */
  List<String> FIELDS = List.of("maleCondoms", "femaleCondoms", "lubricant", "leaflets", "booklets", "posters");

  Integer maleCondoms();

  Integer femaleCondoms();

  Integer lubricant();

  Integer leaflets();

  Integer booklets();

  Integer posters();

  /** The kinds given, with a count above zero, in {@link #ALL}'s order. */
  default Map<String, Integer> given() {
    Integer[] counts = {maleCondoms(), femaleCondoms(), lubricant(), leaflets(), booklets(), posters()};
    Map<String, Integer> out = new LinkedHashMap<>();
    for (int i = 0; i < counts.length; i++) {
      if (counts[i] != null && counts[i] > 0) {
        out.put(ALL.get(i), counts[i]);
      }
    }
    return out;
  }

  /** A kind's count in a map from {@link #given()} (or a stored one), 0 when absent. */
  static int of(Map<String, Integer> given, String kind) {
    return given.getOrDefault(kind, 0);
  }
}
