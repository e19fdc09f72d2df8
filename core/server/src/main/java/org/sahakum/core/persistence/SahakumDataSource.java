package org.sahakum.core.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The one DataSource. Its URL and credentials come from MicroProfile Config, so
 * {@code SAHAKUM_DB_URL}, {@code SAHAKUM_DB_USER} and {@code SAHAKUM_DB_PASSWORD} (set by the
 * operator, or by the launcher for the embedded database) reach it unchanged.
 */
@DataSourceDefinition(
    name = "java:app/jdbc/sahakum",
    className = "org.sahakum.core.persistence.PatientMariaDbDataSource",
    url = "${MPCONFIG=sahakum.db.url}",
    user = "${MPCONFIG=sahakum.db.user}",
    password = "${MPCONFIG=sahakum.db.password}",
    minPoolSize = 2,
    maxPoolSize = 32,
    properties = {
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=custom-validation",
      "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
      "fish.payara.fail-all-connections=true"
    })
@ApplicationScoped
public class SahakumDataSource {
  public static final String JNDI = "java:app/jdbc/sahakum";
}
