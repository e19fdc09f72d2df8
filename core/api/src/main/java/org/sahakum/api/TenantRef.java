package org.sahakum.api;

/**
 * The tenant a request works in: an organisation or one of its chapters (or, for platform calls,
 * a network or the platform itself).
 *
 * @param id the tenant's stable numeric id
 * @param slug the URL name, e.g. {@code wnu} or {@code wnu-sen-sok}
 * @param type {@code platform}, {@code network}, {@code organisation} or {@code chapter}
 */
public record TenantRef(long id, String slug, String type) {}
