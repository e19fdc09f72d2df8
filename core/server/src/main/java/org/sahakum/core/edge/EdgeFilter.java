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
import org.sahakum.core.platform.ServerSettings;

/**
 * Runs first on every request the application answers: works out the {@link ClientOrigin} and
 * sets the {@link SecurityHeaders} before anything is written, so errors carry them too.
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
    chain.doFilter(request, response);
  }
}
