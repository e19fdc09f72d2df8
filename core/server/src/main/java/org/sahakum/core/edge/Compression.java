package org.sahakum.core.edge;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;

/**
 * Which answers are gzipped: the app's files and the API's GET answers, for a client that accepts
 * gzip. Never an answer to a POST, PUT, PATCH or DELETE, and nothing under {@code /api/auth/}.
 *
 * <p>Why (BREACH): compression lets an attacker who can both put text into an answer and measure
 * its size guess a secret in the same answer a byte at a time. The answers that carry secrets are
 * the login (a session token), the second step, invites and recovery codes: all answers to writes
 * or under {@code /api/auth/}. GET answers carry no token, and a cross-site page cannot make an
 * authenticated GET at all (the token is a header; the cookie is SameSite=Strict).
 */
final class Compression {
  private Compression() {}

  /** Whether this answer may be compressed at all (and so varies by Accept-Encoding). */
  static boolean allowed(HttpServletRequest request, String path) {
    return "GET".equals(request.getMethod()) && !path.startsWith("/api/auth/");
  }

  /** Whether an Accept-Encoding header allows gzip (and does not refuse it with q=0). */
  static boolean acceptsGzip(String acceptEncoding) {
    if (acceptEncoding == null) {
      return false;
    }
    boolean anyAllowed = false;
    for (String part : acceptEncoding.toLowerCase(Locale.ROOT).split(",")) {
      String[] pieces = part.split(";");
      String coding = pieces[0].trim();
      boolean refused = false;
      for (int i = 1; i < pieces.length; i++) {
        String parameter = pieces[i].replace(" ", "");
        refused |= parameter.startsWith("q=") && parameter.substring(2).matches("0(\\.0{0,3})?");
      }
      if (coding.equals("gzip")) {
        return !refused;
      }
      anyAllowed |= coding.equals("*") && !refused;
    }
    return anyAllowed;
  }
}
