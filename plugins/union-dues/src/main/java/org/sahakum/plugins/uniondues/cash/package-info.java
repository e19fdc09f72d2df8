/**
 * Collectors' cash: handovers to a treasurer, and the daily reconciliation of cash recorded
 * against cash handed over.
 */
package org.sahakum.plugins.uniondues.cash;
