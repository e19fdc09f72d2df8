/** A guardian's children on the member's page in the core: counts, classes and attendance, no name. */
package org.sahakum.plugins.education.summary;
