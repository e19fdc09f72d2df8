/**
 * The legal-aid module: cases that paralegals handle for members and for people who are not
 * members (consultations, court, detention, labour and family matters).
 *
 * <p>{@link org.sahakum.plugins.legalaid.LegalAidModule} is the PF4J extension the core loads;
 * {@link org.sahakum.plugins.legalaid.LegalAidPermissions} lists what the module lets roles do.
 * Each feature lives in its own sub-package, starting with
 * {@link org.sahakum.plugins.legalaid.cases}.
 */
package org.sahakum.plugins.legalaid;
