/**
 * The stack's floor (bench/floor.sh): the register's first page as plain JDBC and JSON on the same
 * Payara, connection pool settings and database as the core, with nothing else in the way, so the
 * real pages can be measured against what the stack itself costs.
 */
package org.sahakum.bench.floor;
