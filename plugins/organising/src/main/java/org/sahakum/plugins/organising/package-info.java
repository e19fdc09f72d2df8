/**
 * The organising module: the workplaces a chapter reaches, its team leaders' outreach visits, the
 * IEC materials and condoms each chapter holds and gives out, forums, trainings and campaign
 * events. People reached who are not members are counts, never names; no table holds a name.
 */
package org.sahakum.plugins.organising;
