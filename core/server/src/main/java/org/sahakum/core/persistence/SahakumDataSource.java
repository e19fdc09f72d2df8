package org.sahakum.core.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The one DataSource. Its URL and credentials come from MicroProfile Config, so
 * {@code SAHAKUM_DB_URL}, {@code SAHAKUM_DB_USER} and {@code SAHAKUM_DB_PASSWORD} (set by the
 * operator, or by the launcher for the embedded database) reach it unchanged.
 *
 * <p>A connection is checked (a ping) before use at most once in 5 seconds: reads outside a
 * transaction take a connection per statement, and checking each time cost a round trip per
 * statement, the most frequent socket wait in a profile of the register and module lists
 * (bench/floor.sh). A connection that broke within those seconds fails its statement, and the
 * pool then drops it.
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
      "fish.payara.validate-atmost-once-period-in-seconds=5",
      "fish.payara.fail-all-connections=true"
    })
@ApplicationScoped
public class SahakumDataSource {
  public static final String JNDI = "java:app/jdbc/sahakum";
}
