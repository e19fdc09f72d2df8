package org.sahakum.core.members;

import java.time.Instant;

/** A member as listed and shown: never an identifying field. */
public record MemberView(long id, String memberCode, String workingName, String chapter, String status, Instant createdAt) {}
