package org.sahakum.core.it.broken;

import org.pf4j.Extension;

/** A module whose second migration statement is not SQL. */
@Extension
public class FailingMigrationModule extends BrokenModule {
  @Override
  public String id() {
    return "failing-migration";
  }
}
