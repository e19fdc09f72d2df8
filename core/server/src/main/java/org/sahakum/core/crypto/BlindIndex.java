package org.sahakum.core.crypto;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keyed hashes of phone numbers, one key per organisation derived from the master key, so that a
 * member can be found by phone without decrypting the register, and the same number in two
 * organisations gives two unrelated values.
 */
@ApplicationScoped
public class BlindIndex {

  @Inject MasterKey master;

  /** The index of a phone number, or null when it holds no digits. */
  public String phone(long orgId, String phone) {
    String digits = normalisePhone(phone);
    if (digits == null) {
      return null;
    }
    byte[] orgKey = hmac(master.get().getEncoded(), "sahakum-phone-index|" + orgId);
    return HexFormat.of().formatHex(hmac(orgKey, digits));
  }

  /** Digits only; Cambodia's +855 / 00855 prefix becomes the national 0. */
  static String normalisePhone(String phone) {
    if (phone == null) {
      return null;
    }
    String digits = phone.replaceAll("[^0-9]", "");
    if (digits.startsWith("00855")) {
      digits = "0" + digits.substring(5);
    } else if (digits.startsWith("855") && phone.trim().startsWith("+")) {
      digits = "0" + digits.substring(3);
    }
    return digits.isEmpty() ? null : digits;
  }

  private static byte[] hmac(byte[] key, String data) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
