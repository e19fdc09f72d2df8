/**
 * The education module: members' children in drop-in-centre classes and back in public school,
 * under the strictest data rules of the platform (a sealed first name or nickname, the guardian's
 * consent, teachers who see only their own classes, erasure with the guardian).
 *
 * <p>{@link org.sahakum.plugins.education.EducationModule} is the PF4J extension the core loads;
 * {@link org.sahakum.plugins.education.EducationPermissions} lists what the module lets roles do.
 * Each feature lives in its own sub-package: centres, classes (with terms, enrolment and the
 * waiting list), children, attendance and erasure.
 */
package org.sahakum.plugins.education;
