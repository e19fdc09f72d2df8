/**
 * Back to public school: the organisation's list of schools, each child's way back (status with
 * its day, grade, documents needed and obtained, barriers), support given in riel, and each
 * status change kept for the monthly counts of enrolments and drop-outs.
 */
package org.sahakum.plugins.education.school;
