/** What legal aid holds about a member, in counts, for the member's page in the core. */
package org.sahakum.plugins.legalaid.summary;
