package org.sahakum.core.it.broken;

import org.pf4j.Extension;

/** A module whose plugin throws at start. */
@Extension
public class StartFailsModule extends BrokenModule {
  @Override
  public String id() {
    return "start-fails";
  }
}
