package org.sahakum.core.twostep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** TOTP against RFC 6238's own test vectors (SHA-1, the last 6 of its 8 digits), base32, recovery codes. */
class TotpTest {
  private static final byte[] RFC_SECRET = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

  @Test
  void codes_match_rfc_6238() {
    assertEquals("287082", Totp.code(RFC_SECRET, Instant.ofEpochSecond(59)));
    assertEquals("081804", Totp.code(RFC_SECRET, Instant.ofEpochSecond(1111111109)));
    assertEquals("005924", Totp.code(RFC_SECRET, Instant.ofEpochSecond(1234567890)));
    assertEquals("279037", Totp.code(RFC_SECRET, Instant.ofEpochSecond(2000000000)));
  }

  @Test
  void a_code_is_good_one_step_either_side_and_only_once() {
    Instant now = Instant.ofEpochSecond(1111111109);
    long step = 1111111109 / 30;
    assertEquals(step, Totp.match(RFC_SECRET, "081804", now, 0));
    assertEquals(step, Totp.match(RFC_SECRET, "081804", now.plusSeconds(30), 0), "a phone a little behind");
    assertEquals(-1, Totp.match(RFC_SECRET, "081804", now.plusSeconds(90), 0), "too old");
    assertEquals(-1, Totp.match(RFC_SECRET, "081804", now, step), "used already");
    assertEquals(-1, Totp.match(RFC_SECRET, "12345", now, 0));
    assertEquals(-1, Totp.match(RFC_SECRET, null, now, 0));
  }

  @Test
  void base32_is_rfc_4648_both_ways() {
    assertEquals("MZXW6YTBOI", Base32.encode("foobar".getBytes(StandardCharsets.US_ASCII)));
    assertEquals("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", Base32.encode(RFC_SECRET));
    assertArrayEquals(RFC_SECRET, Base32.decode(Base32.encode(RFC_SECRET)));
  }

  @Test
  void the_link_carries_the_secret_for_an_authenticator_app() {
    String uri = Totp.uri("Sahakum", "wnu admin", RFC_SECRET);
    assertTrue(uri.startsWith("otpauth://totp/Sahakum:wnu%20admin?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Sahakum"), uri);
  }

  @Test
  void recovery_codes_are_ten_different_and_their_hash_ignores_dashes_and_capitals() {
    List<String> codes = RecoveryCodes.fresh();
    assertEquals(10, new HashSet<>(codes).size());
    codes.forEach(c -> assertTrue(c.matches("[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}"), c));
    String c = codes.get(0);
    assertEquals(RecoveryCodes.hash(5, c), RecoveryCodes.hash(5, c.toUpperCase().replace("-", " ")));
    assertTrue(!RecoveryCodes.hash(5, c).equals(RecoveryCodes.hash(6, c)), "bound to its account");
  }
}
