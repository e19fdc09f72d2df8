/**
 * Legal trainings: sessions (topic, day, place, facilitator) and who attended. Members attend by
 * member code; people who are not members are only counted, never named.
 */
package org.sahakum.plugins.legalaid.trainings;
