/**
 * Demo data for {@code SAHAKUM_DEMO=1}: cases of every type and status over two years (members and
 * walk-ins), hearings and deadlines, a few detentions (some still in the queue), documented
 * violations with and without advocacy consent, and plainly fictional sealed notes, all written
 * through the module's own resources so its rules hold.
 */
package org.sahakum.plugins.legalaid.demo;
