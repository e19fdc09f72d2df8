/** Plugins that fail on purpose: each must be left out while the server starts without it. */
package org.sahakum.core.it.broken;
