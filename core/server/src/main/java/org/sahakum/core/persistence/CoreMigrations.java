package org.sahakum.core.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.sahakum.core.crypto.AuditChainKey;

/** The core's own schema, migrated before anything else starts. */
@ApplicationScoped
public class CoreMigrations {
  private static final Logger LOG = Logger.getLogger(CoreMigrations.class.getName());

  @Resource(lookup = SahakumDataSource.JNDI)
  DataSource dataSource;

  @Inject AuditChainKey chainKey;

  public void migrate() {
    int applied = Migrations.migrate(dataSource, "core", "db/core", CoreMigrations.class.getClassLoader(),
        new AuditChainKeying(chainKey::get));
    LOG.info(() -> "Core schema up to date (" + applied + " migrations applied now)");
  }

  public DataSource dataSource() {
    return dataSource;
  }
}
