package org.sahakum.auditchain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The key of the audit chain's keyed hashes (HMAC-SHA256). It is derived from the master key
 * (the file {@code SAHAKUM_MASTER_KEY_FILE}, never in the database) with HKDF-SHA256 and a label
 * of its own, so it needs no secret of its own and is unrelated to the master key's other uses.
 * Whoever can write the database but does not hold the master key cannot compute an entry's hash.
 */
public final class ChainKey {
  private static final String HMAC = "HmacSHA256";
  private static final byte[] LABEL = "sahakum audit chain hmac v1".getBytes(StandardCharsets.US_ASCII);

  private final SecretKeySpec key;

  private ChainKey(byte[] raw) {
    this.key = new SecretKeySpec(raw, HMAC);
  }

  /** The chain key of the 32-byte master key {@code masterKey}. */
  public static ChainKey fromMasterKey(byte[] masterKey) {
    if (masterKey == null || masterKey.length != 32) {
      throw new IllegalArgumentException("the master key is 32 bytes");
    }
    byte[] raw = Hkdf.sha256(new byte[32], masterKey, LABEL);
    try {
      return new ChainKey(raw);
    } finally {
      Arrays.fill(raw, (byte) 0);
    }
  }

  /** HMAC-SHA256 of {@code text} (UTF-8), in lower-case hex. */
  String mac(String text) {
    try {
      Mac mac = Mac.getInstance(HMAC);
      mac.init(key);
      return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every Java runtime has HmacSHA256", e);
    }
  }

  @Override
  public String toString() {
    return "ChainKey[hidden]";
  }
}
