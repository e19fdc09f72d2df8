package org.sahakum.core.edge;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Where a request came from: the client's address and whether the client's own connection was
 * TLS. Behind a trusted proxy they come from its {@code X-Forwarded-For} and
 * {@code X-Forwarded-Proto}; from anyone else those headers are ignored, so a client cannot
 * choose its own address (the login throttle counts by it) or pretend to be on TLS.
 *
 * <p>The one place that says who the client is: read it with {@link #of(HttpServletRequest)}.
 */
public record ClientOrigin(String address, boolean secure) {
  static final String ATTRIBUTE = ClientOrigin.class.getName();
  static final int MAX_HOPS = 20;

  /** The origin {@link EdgeFilter} worked out for this request; without it, the connection's own peer. */
  public static ClientOrigin of(HttpServletRequest request) {
    Object known = request.getAttribute(ATTRIBUTE);
    if (known instanceof ClientOrigin origin) {
      return origin;
    }
    return new ClientOrigin(request.getRemoteAddr(), request.isSecure());
  }

  /**
   * Works the origin out. The client is the rightmost {@code X-Forwarded-For} hop that is not a
   * trusted proxy, walking from the connection's peer leftwards while each hop is trusted; a hop
   * that is not an IP address stops the walk at the proxy that wrote it. The scheme is the first
   * {@code X-Forwarded-Proto} value, believed only from a trusted peer.
   */
  static ClientOrigin resolve(String peer, boolean peerSecure, List<String> forwardedFor, List<String> forwardedProto,
      TrustedProxies trusted) {
    if (!trusted.contains(peer)) {
      return new ClientOrigin(peer, peerSecure);
    }
    String client = peer;
    List<String> hops = values(forwardedFor);
    Collections.reverse(hops);
    for (String hop : hops.subList(0, Math.min(hops.size(), MAX_HOPS))) {
      if (IpLiteral.parse(hop).isEmpty()) {
        break;
      }
      client = hop;
      if (!trusted.contains(hop)) {
        break;
      }
    }
    List<String> protos = values(forwardedProto);
    boolean secure = peerSecure || (!protos.isEmpty() && protos.get(0).toLowerCase(Locale.ROOT).equals("https"));
    return new ClientOrigin(client, secure);
  }

  /** The comma-separated values of every instance of a header, in order, trimmed, without empty ones. */
  private static List<String> values(List<String> headers) {
    List<String> out = new ArrayList<>();
    for (String header : headers) {
      for (String v : header.split(",")) {
        if (!v.isBlank()) {
          out.add(v.strip());
        }
      }
    }
    return out;
  }
}
