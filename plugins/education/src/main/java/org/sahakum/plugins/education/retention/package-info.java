/**
 * Retention: a child's record with no activity for the organisation's period (24 months unless
 * set) is anonymised once a day, leaving counts only; records of children who turn 18 are flagged
 * for review ({@code children?review=true}).
 */
package org.sahakum.plugins.education.retention;
