package org.sahakum.api;

/**
 * A member of the request's organisation as a module may show them: the member code and working
 * name the register uses everywhere, never an identifying field.
 *
 * @param id the core's member id, stable for the member's life; what a module stores
 * @param memberCode the organisation's code for the member, e.g. {@code WNU-SS-00042}
 * @param workingName the name the member works under
 * @param chapter the chapter the member belongs to, or {@code null} when directly in the organisation
 * @param status {@code pending}, {@code active} or {@code suspended} (erased members are never returned)
 */
public record MemberRef(long id, String memberCode, String workingName, TenantRef chapter, String status) {}
