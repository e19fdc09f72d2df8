/** Social events and exposure visits: the guardian's consent per child per event, and attendance. No photos. */
package org.sahakum.plugins.education.events;
