package org.sahakum.bench.floor;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The floor's JAX-RS application, with a pool set as the core's (same URL and credentials from
 * the same settings, same sizes and validation), so the two differ only in what runs per request.
 */
@ApplicationPath("/")
@DataSourceDefinition(
    name = FloorApplication.DATA_SOURCE,
    className = "org.mariadb.jdbc.MariaDbDataSource",
    url = "${MPCONFIG=sahakum.db.url}",
    user = "${MPCONFIG=sahakum.db.user}",
    password = "${MPCONFIG=sahakum.db.password}",
    minPoolSize = 2,
    maxPoolSize = 32,
    properties = {
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=custom-validation",
      "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
      "fish.payara.validate-atmost-once-period-in-seconds=5",
      "fish.payara.fail-all-connections=true"
    })
public class FloorApplication extends Application {
  static final String DATA_SOURCE = "java:app/jdbc/bench-floor";
}
