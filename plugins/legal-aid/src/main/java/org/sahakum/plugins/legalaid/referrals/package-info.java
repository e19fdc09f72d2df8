/**
 * Referrals out: a case's client sent to a service of the directory for a need, with the client's
 * consent on record (given, refused or withdrawn, when and by whom) and a status workflow. A
 * referral cannot be sent without consent given.
 */
package org.sahakum.plugins.legalaid.referrals;
