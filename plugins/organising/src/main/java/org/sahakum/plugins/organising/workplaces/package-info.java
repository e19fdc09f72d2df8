/**
 * The workplaces a chapter reaches: kind, khan or province and sangkat only (never an exact
 * address), the owner's attitude and how often police raid there, as the organisation judges it;
 * and, with a member's consent, which of them a member works at, sealed at rest and audited when read.
 */
package org.sahakum.plugins.organising.workplaces;
