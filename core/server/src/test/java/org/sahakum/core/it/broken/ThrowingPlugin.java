package org.sahakum.core.it.broken;

import org.pf4j.Plugin;

/** A PF4J plugin that throws when started. */
public class ThrowingPlugin extends Plugin {
  @Override
  public void start() {
    throw new IllegalStateException("this plugin refuses to start");
  }
}
