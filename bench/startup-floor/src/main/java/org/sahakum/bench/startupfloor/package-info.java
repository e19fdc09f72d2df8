/**
 * The stack's own start-up (bench/startup.sh): one entity read through JPA in a JTA transaction, by
 * a CDI bean, behind a JAX-RS resource that answers JSON. Ready means that answer, as Sahakum's
 * {@code /health/ready} means its own first reads.
 */
package org.sahakum.bench.startupfloor;
