package org.sahakum.api;

import java.util.Objects;

/**
 * A text in Khmer and English. Khmer is the default language of the platform; both are required.
 *
 * @param km the Khmer text
 * @param en the English text
 */
public record LocalizedText(String km, String en) {
  public LocalizedText {
    Objects.requireNonNull(km, "km");
    Objects.requireNonNull(en, "en");
    if (km.isBlank() || en.isBlank()) {
      throw new IllegalArgumentException("both km and en texts are required");
    }
  }

  public static LocalizedText of(String km, String en) {
    return new LocalizedText(km, en);
  }
}
