package org.sahakum.core.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Stops this server when the process that watches it is gone: {@code bin/sahakum}, named in
 * {@code sahakum.launcher.pid} (the launcher's JVM starts Payara, then hands it over to the script
 * and exits). Killed with {@code kill -9}, the script cannot stop the server, which would go on
 * answering on the port (and in a cluster keep taking requests HAProxy believes belong to a dead
 * node) until someone finds it. Without the property (tests, a server started by other means)
 * nothing is watched.
 */
@ApplicationScoped
public class LauncherWatch {
  private static final Logger LOG = Logger.getLogger(LauncherWatch.class.getName());
  static final String PROPERTY = "sahakum.launcher.pid";

  void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
    launcher().ifPresent(launcher -> launcher.onExit().thenRun(() -> {
      LOG.severe("The launcher (process " + launcher.pid() + ") is gone: this server stops too");
      System.exit(1);
    }));
  }

  static Optional<ProcessHandle> launcher() {
    String pid = System.getProperty(PROPERTY, "").strip();
    if (!pid.matches("[0-9]{1,19}")) {
      return Optional.empty();
    }
    return ProcessHandle.of(Long.parseLong(pid)).filter(ProcessHandle::isAlive);
  }
}
