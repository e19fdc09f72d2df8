package org.sahakum.core.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Enumeration;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.migration.JavaMigration;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Runs one owner's Flyway migrations. Each owner (the core, each module) has its own history
 * table, so owners migrate independently and a module's failure never touches the core's history.
 */
public final class Migrations {
  private Migrations() {}

  /**
   * @param owner {@code core} or a module id; names the history table
   * @param location the classpath folder of the owner's migrations
   * @param classLoader the loader that sees that folder (a module's own loader sees little else,
   *     so Flyway's own classes and database support come from the core's loader)
   * @param javaMigrations migrations that need more than SQL (a key), numbered among the SQL ones
   * @return the number of migrations applied now
   */
  public static int migrate(DataSource dataSource, String owner, String location, ClassLoader classLoader,
      JavaMigration... javaMigrations) {
    ClassLoader loader = new LocationLoader(location, classLoader);
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    // Flyway's scanner also asks the context class loader for the location
    thread.setContextClassLoader(loader);
    try {
      Flyway flyway = Flyway.configure(loader)
          .dataSource(dataSource)
          .locations("classpath:" + location)
          .table("flyway_" + owner.replace('-', '_') + "_history")
          .baselineOnMigrate(true)
          .baselineVersion("0")
          .failOnMissingLocations(true)
          .javaMigrations(javaMigrations)
          .load();
      MigrateResult result = flyway.migrate();
      return result.migrationsExecuted;
    } finally {
      thread.setContextClassLoader(previous);
    }
  }

  /** Answers for {@code location} from the owner's loader, and for everything else from the core's. */
  private static final class LocationLoader extends ClassLoader {
    private final String prefix;
    private final ClassLoader owner;

    LocationLoader(String location, ClassLoader owner) {
      super("migrations-" + location, Migrations.class.getClassLoader());
      this.prefix = location.endsWith("/") ? location : location + "/";
      this.owner = owner;
    }

    private boolean owned(String name) {
      return name.startsWith(prefix) || name.equals(prefix.substring(0, prefix.length() - 1));
    }

    @Override
    public URL getResource(String name) {
      return owned(name) ? owner.getResource(name) : super.getResource(name);
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
      return owned(name) ? owner.getResources(name) : super.getResources(name);
    }

    @Override
    public InputStream getResourceAsStream(String name) {
      return owned(name) ? owner.getResourceAsStream(name) : super.getResourceAsStream(name);
    }
  }
}
