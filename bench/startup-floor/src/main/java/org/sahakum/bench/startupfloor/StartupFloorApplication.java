package org.sahakum.bench.startupfloor;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The JAX-RS application, with a pool on the database bench/startup.sh names (MicroProfile Config, as the core's). */
@ApplicationPath("/")
@DataSourceDefinition(
    name = "java:app/jdbc/startup-floor",
    className = "org.mariadb.jdbc.MariaDbDataSource",
    url = "${MPCONFIG=sahakum.db.url}",
    user = "${MPCONFIG=sahakum.db.user}",
    password = "${MPCONFIG=sahakum.db.password}",
    minPoolSize = 2,
    maxPoolSize = 32)
public class StartupFloorApplication extends Application {}
