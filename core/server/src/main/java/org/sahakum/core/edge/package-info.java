/**
 * The HTTP edge: what every answer carries (security headers, how long it may be kept), which
 * answers are gzipped, and who is asking from where
 * (the client's address and scheme, taken from a reverse proxy's headers only when the proxy is
 * one the operator named in {@code SAHAKUM_TRUSTED_PROXIES}).
 */
package org.sahakum.core.edge;
