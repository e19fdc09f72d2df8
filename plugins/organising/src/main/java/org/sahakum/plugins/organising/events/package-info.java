/**
 * Forums, trainings, concerts, public forums, exchange visits and meetings with authorities: the
 * day, the place, the partners, who attended (members by code, everyone else as a count), the
 * materials used; and the campaigns that group them, such as amending the 2008 trafficking law.
 */
package org.sahakum.plugins.organising.events;
