package org.sahakum.core.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready once start-up finished and the database answers. */
@Readiness
@ApplicationScoped
public class ReadinessCheck implements HealthCheck {

  @Inject Bootstrap bootstrap;

  @Resource(lookup = "java:app/jdbc/sahakum")
  DataSource dataSource;

  @Override
  public HealthCheckResponse call() {
    boolean database;
    try (Connection c = dataSource.getConnection()) {
      database = c.isValid(2);
    } catch (Exception e) {
      database = false;
    }
    return HealthCheckResponse.named("sahakum")
        .status(bootstrap.started() && database)
        .withData("started", bootstrap.started())
        .withData("database", database)
        .build();
  }
}
