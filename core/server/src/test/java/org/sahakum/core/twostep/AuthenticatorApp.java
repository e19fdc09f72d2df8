package org.sahakum.core.twostep;

import java.time.Instant;

/** What a person's authenticator app shows, for the integration tests. */
public final class AuthenticatorApp {
  private AuthenticatorApp() {}

  /** The code for {@code at} from the base32 secret the enrolment answered. */
  public static String code(String base32Secret, Instant at) {
    return Totp.code(Base32.decode(base32Secret), at);
  }
}
