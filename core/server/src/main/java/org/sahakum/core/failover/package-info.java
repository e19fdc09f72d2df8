/**
 * Fail-over of the database: a transaction that failed because the Galera cluster changed its
 * write node (a certification failure, a lost connection) is replayed whole where that is safe,
 * and otherwise answered 503 with {@code Retry-After}.
 */
package org.sahakum.core.failover;
