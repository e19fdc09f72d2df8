package org.sahakum.core.edge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClientOriginTest {
  private static final TrustedProxies PROXIES = TrustedProxies.parse("10.0.0.5, 192.168.1.0/24 fd00::/8");

  private static ClientOrigin resolve(String peer, List<String> forwardedFor, List<String> proto) {
    return ClientOrigin.resolve(peer, false, forwardedFor, proto, PROXIES);
  }

  @Test
  void nothing_is_believed_from_a_peer_that_is_not_a_trusted_proxy() {
    ClientOrigin o = resolve("203.0.113.9", List.of("198.51.100.1"), List.of("https"));
    assertEquals(new ClientOrigin("203.0.113.9", false), o);
    ClientOrigin none = ClientOrigin.resolve("10.0.0.5", false, List.of("198.51.100.1"), List.of("https"),
        TrustedProxies.NONE);
    assertEquals(new ClientOrigin("10.0.0.5", false), none, "with no setting, no proxy is trusted");
  }

  @Test
  void behind_a_trusted_proxy_the_client_is_the_rightmost_untrusted_hop() {
    assertEquals("198.51.100.1", resolve("10.0.0.5", List.of("198.51.100.1"), List.of()).address());
    // the client wrote its own X-Forwarded-For; the proxy appended the address it saw
    assertEquals("198.51.100.1", resolve("10.0.0.5", List.of("1.2.3.4, 198.51.100.1"), List.of()).address());
    // two trusted proxies in a row, the header split over two lines
    assertEquals("198.51.100.1", resolve("10.0.0.5", List.of("1.2.3.4, 198.51.100.1", "192.168.1.20"), List.of()).address());
    assertEquals("2001:db8::1", resolve("fd00::1", List.of("2001:db8::1"), List.of()).address());
  }

  @Test
  void a_hop_that_is_not_an_address_stops_the_walk_at_the_proxy_that_wrote_it() {
    assertEquals("10.0.0.5", resolve("10.0.0.5", List.of("evil.example, unknown"), List.of()).address());
    assertEquals("192.168.1.20", resolve("10.0.0.5", List.of("1.2.3.4, garbage, 192.168.1.20"), List.of()).address());
    assertEquals("10.0.0.5", resolve("10.0.0.5", List.of("999.1.1.1"), List.of()).address());
    assertEquals("10.0.0.5", resolve("10.0.0.5", List.of(), List.of()).address(), "no header: the proxy itself");
  }

  @Test
  void the_scheme_is_taken_from_a_trusted_proxy_only() {
    assertTrue(resolve("10.0.0.5", List.of("198.51.100.1"), List.of("https")).secure());
    assertTrue(resolve("10.0.0.5", List.of(), List.of("HTTPS")).secure());
    assertFalse(resolve("10.0.0.5", List.of(), List.of("http")).secure());
    assertFalse(resolve("10.0.0.5", List.of(), List.of("ftp")).secure());
    assertFalse(resolve("198.51.100.7", List.of(), List.of("https")).secure());
    assertTrue(ClientOrigin.resolve("198.51.100.7", true, List.of(), List.of("http"), PROXIES).secure(),
        "a direct TLS connection stays secure");
  }

  @Test
  void the_setting_takes_addresses_and_networks_and_refuses_anything_else() {
    assertTrue(PROXIES.contains("192.168.1.255"));
    assertFalse(PROXIES.contains("192.168.2.1"));
    assertTrue(PROXIES.contains("fd12:3456::9"));
    assertTrue(PROXIES.contains("[fd00::1]"));
    assertTrue(PROXIES.contains("::ffff:10.0.0.5"), "an IPv4-mapped peer is its IPv4 address");
    assertFalse(PROXIES.contains("10.0.0.6"));
    assertFalse(PROXIES.contains("localhost"));
    assertTrue(TrustedProxies.parse("0.0.0.0/0").contains("8.8.8.8"));
    assertTrue(TrustedProxies.parse("10.1.2.3/13").contains("10.7.255.255"));
    assertFalse(TrustedProxies.parse("10.1.2.3/13").contains("10.8.0.0"));
    assertTrue(TrustedProxies.parse("").isEmpty());
    for (String bad : List.of("proxy.example", "10.0.0.0/33", "10.0.0.0/x", "10.0.0", "256.1.1.1", "fd00::/129", "localhost")) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TrustedProxies.parse(bad), bad);
      assertTrue(e.getMessage().startsWith("SAHAKUM_TRUSTED_PROXIES"), e.getMessage());
    }
  }
}
