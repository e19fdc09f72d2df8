/**
 * Violation documentation, a simplified HURIDOCS model: event (day, place, consent to advocacy) →
 * acts (what, by which kind of perpetrator) → victims (a member by id, or an anonymous person).
 */
package org.sahakum.plugins.legalaid.violations;
