package org.sahakum.core.auth;

import java.io.Serializable;

/** Who is logged in. Holds no secret and no personal data. */
public record AccountPrincipal(long accountId, long homeTenantId) implements Serializable {}
