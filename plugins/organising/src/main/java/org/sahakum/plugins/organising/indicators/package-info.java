/** The organising module's counts for reports and, where the organisation publishes them, its network. */
package org.sahakum.plugins.organising.indicators;
