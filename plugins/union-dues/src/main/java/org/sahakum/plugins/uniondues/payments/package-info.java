/**
 * Dues payments: how much, in which currency, on which day. This first version records the
 * payment only; who paid and which period it covers come with member links and dues plans.
 */
package org.sahakum.plugins.uniondues.payments;
