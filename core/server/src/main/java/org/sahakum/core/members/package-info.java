/**
 * An organisation's member register. Members appear under a member code and a working name; the
 * legal name, phone, date of birth and ID number are optional, sealed per organisation, and only
 * revealed, with a reason that the audit trail keeps, to holders of {@code member:identity:read}.
 */
package org.sahakum.core.members;
