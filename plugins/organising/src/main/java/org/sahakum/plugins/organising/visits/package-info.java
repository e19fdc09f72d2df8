/**
 * A team leader's outreach visits: the day, a workplace or an area, the people reached as counts
 * (members and not-yet-members, new and returning; never a non-member's name), the materials
 * given (taken from the chapter's stock), the problems heard, and how many were invited to join.
 */
package org.sahakum.plugins.organising.visits;
