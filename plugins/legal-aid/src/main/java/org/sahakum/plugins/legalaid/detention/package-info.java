/**
 * Detention rapid response: who is held where and since when, the on-call queue sorted by hours
 * held, needs (food, water, medicine, continuity of HIV medicine) met or not, release and outcome.
 */
package org.sahakum.plugins.legalaid.detention;
