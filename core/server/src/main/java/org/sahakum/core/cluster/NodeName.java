package org.sahakum.core.cluster;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.UUID;

/** This app node's name in claims: host, process and a random part (a restarted node is a new holder). */
public final class NodeName {
  private static final String NAME = make();

  private NodeName() {}

  public static String get() {
    return NAME;
  }

  private static String make() {
    String host;
    try {
      host = InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      host = "host";
    }
    String name = host + "/" + ManagementFactory.getRuntimeMXBean().getPid() + "/"
        + UUID.randomUUID().toString().substring(0, 8);
    return name.length() > 120 ? name.substring(name.length() - 120) : name;
  }
}
