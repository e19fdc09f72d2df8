package org.sahakum.core.edge;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The headers every answer carries: the app's files, the API and its errors alike.
 *
 * <p>The policy allows what the web app does and nothing more: its own scripts, and module
 * custom elements, which the app fetches with the bearer token and imports from a {@code blob:}
 * URL; its own styles and the {@code <style>} blocks module elements render (inline styles only:
 * no inline script runs); calls to this server only; no framing, no plugins, no {@code <base>}.
 */
final class SecurityHeaders {
  static final String CONTENT_SECURITY_POLICY = String.join("; ",
      "default-src 'self'",
      "script-src 'self' blob:",
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self'",
      "font-src 'self'",
      "connect-src 'self'",
      "worker-src 'self'",
      "manifest-src 'self'",
      "object-src 'none'",
      "base-uri 'none'",
      "form-action 'self'",
      "frame-ancestors 'none'");
  /** A year; only sent when the client's connection was TLS (browsers ignore it on plain HTTP anyway). */
  static final String HSTS = "max-age=31536000";

  private SecurityHeaders() {}

  static void apply(HttpServletResponse response, boolean secure) {
    response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "no-referrer");
    response.setHeader("X-Frame-Options", "DENY");
    if (secure) {
      response.setHeader("Strict-Transport-Security", HSTS);
    }
  }
}
