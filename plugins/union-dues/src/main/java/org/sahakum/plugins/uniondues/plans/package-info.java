/** Dues plans: an amount in riel or dollars per month, quarter or year, from a start date. */
package org.sahakum.plugins.uniondues.plans;
