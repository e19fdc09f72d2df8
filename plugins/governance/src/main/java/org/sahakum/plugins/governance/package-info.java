/**
 * The governance module: members in good standing elect their committee and decide motions by
 * secret ballot, on their phones or on paper at a chapter meeting. The roll of who voted and the
 * ballots are kept apart so that nobody, reading the database included, can pair them.
 */
package org.sahakum.plugins.governance;
