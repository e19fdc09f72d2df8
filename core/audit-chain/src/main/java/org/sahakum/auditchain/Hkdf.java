package org.sahakum.auditchain;

import java.security.GeneralSecurityException;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HKDF-SHA256 (RFC 5869) with one block of output: how keys of their own are derived from the
 * master key, each under a label of its own (the audit chain's here, the backups' in the launcher),
 * so that one derived key says nothing about another.
 */
public final class Hkdf {
  private static final String HMAC = "HmacSHA256";

  private Hkdf() {}

  /** 32 bytes of key for {@code info}, from {@code inputKey} and {@code salt}. */
  public static byte[] sha256(byte[] salt, byte[] inputKey, byte[] info) {
    byte[] prk = hmac(salt, inputKey);
    byte[] block = Arrays.copyOf(info, info.length + 1);
    block[info.length] = 1;
    try {
      return hmac(prk, block);
    } finally {
      Arrays.fill(prk, (byte) 0);
    }
  }

  static byte[] hmac(byte[] key, byte[] data) {
    try {
      Mac mac = Mac.getInstance(HMAC);
      mac.init(new SecretKeySpec(key, HMAC));
      return mac.doFinal(data);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every Java runtime has HmacSHA256", e);
    }
  }
}
