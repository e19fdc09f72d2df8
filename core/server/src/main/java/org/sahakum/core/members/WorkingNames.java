package org.sahakum.core.members;

import java.text.Normalizer;

/**
 * Working names as they are stored and searched: Unicode NFC, without surrounding spaces. A name
 * typed with a combining accent on one phone and a precomposed letter on another is then one
 * name, and a fragment finds it either way.
 */
final class WorkingNames {
  private WorkingNames() {}

  static String normalise(String name) {
    return name == null ? null : Normalizer.normalize(name, Normalizer.Form.NFC).strip();
  }
}
