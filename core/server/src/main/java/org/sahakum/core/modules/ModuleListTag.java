package org.sahakum.core.modules;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The validator of one tenant's modules answer: it changes exactly when the answer would, that is
 * when a module is installed, updated or removed, or switched on or off there. The answer is the
 * same for every caller who may read the tenant (the app filters menus by permission itself), so
 * two tenants with the same modules on share a tag, which tells nobody anything they could not read.
 */
final class ModuleListTag {
  private ModuleListTag() {}

  static String of(List<LoadedModule> installed, List<String> enabled) {
    StringBuilder s = new StringBuilder();
    for (LoadedModule m : installed) {
      boolean on = enabled.contains(m.id());
      s.append(m.id()).append('\u0000').append(m.version()).append('\u0000').append(m.module().name().km())
          .append('\u0000').append(m.module().name().en()).append('\u0000').append(on)
          .append('\u0000').append(on ? m.uiDigest() : "").append('\n');
    }
    return sha256(s.toString()).substring(0, 32);
  }

  static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK lacks SHA-256", e);
    }
  }
}
