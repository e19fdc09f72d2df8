package org.sahakum.core.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.logging.Logger;
import javax.sql.DataSource;

/** The core's own schema, migrated before anything else starts. */
@ApplicationScoped
public class CoreMigrations {
  private static final Logger LOG = Logger.getLogger(CoreMigrations.class.getName());

  @Resource(lookup = SahakumDataSource.JNDI)
  DataSource dataSource;

  public void migrate() {
    int applied = Migrations.migrate(dataSource, "core", "db/core", CoreMigrations.class.getClassLoader());
    LOG.info(() -> "Core schema up to date (" + applied + " migrations applied now)");
  }

  public DataSource dataSource() {
    return dataSource;
  }
}
