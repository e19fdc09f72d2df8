/**
 * The anonymised advocacy report: counts over consented violation events, with small counts and
 * the counts that would reveal them suppressed.
 */
package org.sahakum.plugins.legalaid.report;
