/**
 * The server's frame: the JAX-RS application, start-up, settings, health, problem details and
 * strict JSON. Features live in their own packages.
 */
package org.sahakum.core.platform;
