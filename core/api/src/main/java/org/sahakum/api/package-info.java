/**
 * The Sahakum plugin SPI.
 *
 * <p>A module is a PF4J plugin with one {@link org.sahakum.api.SahakumModule} extension. The
 * core hands it a {@link org.sahakum.api.ModuleContext} for each request: the tenant, the caller,
 * an EntityManager scoped to that tenant and joined to the request's transaction, the audit trail
 * and a clock. A module sees this package and the Jakarta EE APIs; nothing of the core's
 * implementation, PF4J internals or Payara.
 */
package org.sahakum.api;
