package org.sahakum.core.modules;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A module's custom-element script, read from its jar at load and kept in memory: the core serves
 * these bytes and nothing else under the module's name.
 *
 * @param file the script's file name, as the UI definition names it
 * @param content the script's bytes (UTF-8 JavaScript)
 * @param etag a strong validator: the SHA-256 of the content
 */
public record ElementScript(String file, byte[] content, String etag) {

  static ElementScript of(String file, byte[] content) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(content);
      return new ElementScript(file, content.clone(), HexFormat.of().formatHex(hash));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK lacks SHA-256", e);
    }
  }
}
