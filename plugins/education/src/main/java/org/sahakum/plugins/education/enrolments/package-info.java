/** Children's places in classes, and each class's waiting list (first come, first served). */
package org.sahakum.plugins.education.enrolments;
