/**
 * Classes and terms: a subject and level at a centre, its teacher (a staff account), a weekly
 * schedule and a capacity. A teacher reaches only the classes they teach.
 */
package org.sahakum.plugins.education.classes;
