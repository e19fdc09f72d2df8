/** What organising holds about a member, in counts, for the member's page. */
package org.sahakum.plugins.organising.summary;
