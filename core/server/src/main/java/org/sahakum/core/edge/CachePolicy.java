package org.sahakum.core.edge;

import jakarta.servlet.http.HttpServletResponse;

/**
 * How long a browser may keep each kind of answer, set before the answer is made (a resource that
 * knows better, such as a module's definitions with their ETag, sets its own and wins).
 *
 * <ul>
 *   <li>{@code /assets/}: the build names these files after their content, so a name never changes
 *       content: a year, immutable.
 *   <li>The page itself and the service worker: kept but revalidated at every use, so a new
 *       version is seen at once.
 *   <li>{@code /api/}: never stored. Answers carry personal data, and nothing of it may stay on a
 *       shared phone.
 * </ul>
 */
final class CachePolicy {
  static final String IMMUTABLE = "public, max-age=31536000, immutable";
  static final String REVALIDATE = "no-cache";
  static final String NEVER = "no-store";

  private CachePolicy() {}

  static void apply(HttpServletResponse response, String path) {
    String rule = ruleFor(path);
    if (rule != null) {
      response.setHeader("Cache-Control", rule);
    }
  }

  /** The Cache-Control for a path inside the application; null leaves it to the container. */
  static String ruleFor(String path) {
    if (path.startsWith("/assets/")) {
      return IMMUTABLE;
    }
    if (path.equals("/") || path.equals("/index.html") || path.equals("/sw.js")) {
      return REVALIDATE;
    }
    if (path.startsWith("/api/")) {
      return NEVER;
    }
    return null;
  }
}
