/**
 * The organisation's view of its team leaders: each chapter with the login names of the staff who
 * hold the role {@code team-leader} there, and the chapters where nobody does, so an organiser
 * sees where to recruit one.
 */
package org.sahakum.core.teamleaders;
