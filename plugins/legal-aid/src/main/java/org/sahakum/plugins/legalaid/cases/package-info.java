/**
 * Legal-aid cases: the kind of case, whether the client is a member, and where the case stands.
 *
 * <p>This first version holds no personal data at all: no names, no notes. Those arrive with
 * field encryption and audited reads.
 */
package org.sahakum.plugins.legalaid.cases;
