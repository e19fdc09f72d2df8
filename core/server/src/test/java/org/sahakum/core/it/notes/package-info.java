/**
 * A module written for the core's integration tests: notebooks and notes, with one endpoint per
 * way of querying (JPQL, criteria, find, joins, bulk update and delete) so that the tests can prove
 * the tenant scope holds for each, whatever the query's author wrote.
 */
package org.sahakum.core.it.notes;
