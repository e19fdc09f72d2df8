package org.sahakum.plugins.organising.stock;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Materials given, kept on a visit or an event as one short text ({@code male-condoms=20,leaflets=5}). */
public final class MaterialText {
  private MaterialText() {}

  public static String encode(Map<String, Integer> given) {
    return given.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(","));
  }

  public static Map<String, Integer> decode(String text) {
    Map<String, Integer> out = new LinkedHashMap<>();
    if (text != null && !text.isEmpty()) {
      for (String part : text.split(",")) {
        String[] kv = part.split("=", 2);
        out.put(kv[0], Integer.parseInt(kv[1]));
      }
    }
    return out;
  }
}
