package org.sahakum.core.edge;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The reverse proxies the operator trusts ({@code SAHAKUM_TRUSTED_PROXIES}): addresses and
 * networks such as {@code 10.0.0.5, 192.168.1.0/24, fd00::/8}, separated by commas or spaces.
 */
public final class TrustedProxies {
  private record Network(byte[] address, int prefix) {
    boolean contains(byte[] other) {
      if (other.length != address.length) {
        return false;
      }
      int full = prefix / 8;
      for (int i = 0; i < full; i++) {
        if (address[i] != other[i]) {
          return false;
        }
      }
      int rest = prefix % 8;
      if (rest == 0) {
        return true;
      }
      int mask = (0xFF << (8 - rest)) & 0xFF;
      return (address[full] & mask) == (other[full] & mask);
    }
  }

  public static final TrustedProxies NONE = new TrustedProxies(List.of());

  private final List<Network> networks;

  private TrustedProxies(List<Network> networks) {
    this.networks = networks;
  }

  /** Reads the setting; {@link IllegalArgumentException} naming the entry that is not an address or network. */
  public static TrustedProxies parse(String setting) {
    if (setting == null || setting.isBlank()) {
      return NONE;
    }
    List<Network> networks = new ArrayList<>();
    for (String entry : setting.strip().split("[,\\s]+")) {
      networks.add(network(entry));
    }
    return new TrustedProxies(List.copyOf(networks));
  }

  private static Network network(String entry) {
    int slash = entry.indexOf('/');
    String address = slash < 0 ? entry : entry.substring(0, slash);
    byte[] bytes = IpLiteral.parse(address).orElseThrow(() -> refused(entry));
    int prefix = bytes.length * 8;
    if (slash >= 0) {
      String bits = entry.substring(slash + 1);
      if (!bits.matches("\\d{1,3}")) {
        throw refused(entry);
      }
      // an IPv4-mapped network (::ffff:10.0.0.0/104) is read as its IPv4 network
      int given = Integer.parseInt(bits) - (bytes.length == 4 && address.contains(":") ? 96 : 0);
      if (given < 0 || given > prefix) {
        throw refused(entry);
      }
      prefix = given;
    }
    return new Network(bytes, prefix);
  }

  private static IllegalArgumentException refused(String entry) {
    return new IllegalArgumentException("SAHAKUM_TRUSTED_PROXIES: '" + entry
        + "' is not an IP address or a network such as 10.0.0.0/8 (host names are not accepted).");
  }

  /** Whether {@code address} (an IP address as text) is one of the trusted proxies. */
  public boolean contains(String address) {
    Optional<byte[]> bytes = IpLiteral.parse(address);
    return bytes.isPresent() && networks.stream().anyMatch(n -> n.contains(bytes.get()));
  }

  public boolean isEmpty() {
    return networks.isEmpty();
  }
}
