package org.sahakum.core.edge;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An IP address written as digits, never a host name: {@link InetAddress#getByName} would ask the
 * DNS for anything else, and a header's value must never make the server look anything up.
 */
final class IpLiteral {
  private static final Pattern V4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
  private static final Pattern V6 = Pattern.compile("[0-9a-fA-F:][0-9a-fA-F:.]*:[0-9a-fA-F:.]*");

  private IpLiteral() {}

  /** The address's bytes (4 for IPv4, also for an IPv4-mapped IPv6 address; else 16), or empty. */
  static Optional<byte[]> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String s = text.strip();
    if (s.startsWith("[") && s.endsWith("]")) {
      s = s.substring(1, s.length() - 1);
    }
    int zone = s.indexOf('%');
    if (zone >= 0) {
      s = s.substring(0, zone);
    }
    if (s.isEmpty() || s.length() > 45) {
      return Optional.empty();
    }
    var v4 = V4.matcher(s);
    if (v4.matches()) {
      for (int i = 1; i <= 4; i++) {
        if (Integer.parseInt(v4.group(i)) > 255) {
          return Optional.empty();
        }
      }
    } else if (!V6.matcher(s).matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(InetAddress.getByName(s).getAddress());
    } catch (UnknownHostException e) {
      return Optional.empty();
    }
  }
}
