package org.sahakum.core.edge;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import org.sahakum.core.failover.Replays;
import org.sahakum.core.platform.ServerSettings;

/**
 * Runs first on every request the application answers: works out the {@link ClientOrigin} and
 * sets the {@link SecurityHeaders} and the {@link CachePolicy} before anything is written, so
 * errors carry them too, and gzips what {@link Compression} allows. API requests run through
 * {@link Replays}, which replays one whose database failed over.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class EdgeFilter extends HttpFilter {
  @Inject ServerSettings settings;

  private volatile TrustedProxies trusted = TrustedProxies.NONE;

  @Override
  public void init() throws ServletException {
    try {
      trusted = TrustedProxies.parse(settings.trustedProxies());
    } catch (IllegalArgumentException e) {
      throw new ServletException(e.getMessage(), e);
    }
  }

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    ClientOrigin origin = ClientOrigin.resolve(request.getRemoteAddr(), request.isSecure(),
        Collections.list(request.getHeaders("X-Forwarded-For")), Collections.list(request.getHeaders("X-Forwarded-Proto")),
        trusted);
    request.setAttribute(ClientOrigin.ATTRIBUTE, origin);
    SecurityHeaders.apply(response, origin.secure());
    String path = request.getRequestURI().substring(request.getContextPath().length());
    CachePolicy.apply(response, path);
    if (!Compression.allowed(request, path)) {
      Replays.run(request, response, chain);
      return;
    }
    response.addHeader("Vary", "Accept-Encoding");
    if (!Compression.acceptsGzip(request.getHeader("Accept-Encoding"))) {
      Replays.run(request, response, chain);
      return;
    }
    GzipResponse compressed = new GzipResponse(response);
    Replays.run(request, compressed, chain);
    compressed.finish();
  }
}
