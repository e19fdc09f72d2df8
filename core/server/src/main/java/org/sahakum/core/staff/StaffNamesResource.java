package org.sahakum.core.staff;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.sahakum.api.Page;
import org.sahakum.api.Refusal;
import org.sahakum.api.StaffDirectory.StaffRef;
import org.sahakum.core.audit.AuditLog;
import org.sahakum.core.auth.CurrentCaller;
import org.sahakum.core.auth.RolePermissions;
import org.sahakum.core.modules.ModuleStaff;
import org.sahakum.core.tenancy.Tenant;
import org.sahakum.core.tenancy.Tenants;

/**
 * {@code GET /api/t/{tenant}/staff?holding=P&offset=&limit=}: the accounts that hold {@code P} at
 * the tenant, as {@code [{accountId, username}]} by login name, a page at a time with the whole
 * count in {@code X-Total-Count}. The same staff a module sees through its {@code StaffDirectory}:
 * this side of the organisation's wall only.
 *
 * <p>Only someone who holds {@code P} here may ask (a treasurer picks the collector who handed cash
 * over; a paralegal sees who else takes cases), and never about a permission members hold by
 * default: the login names of members are nobody's list to read.
 */
@Path("t/{tenant}/staff")
@Produces(MediaType.APPLICATION_JSON)
@Dependent
public class StaffNamesResource {
  /** A permission as the catalogue spells them: {@code dues:payment:record}. */
  private static final String PERMISSION = "[a-z][a-z0-9-]*(:[a-z][a-z0-9-]*){1,4}";
  private static final String MEMBER_ROLE = "member";

  @Inject CurrentCaller caller;
  @Inject Tenants tenants;
  @Inject ModuleStaff staff;
  @Inject RolePermissions roles;
  @Inject AuditLog audit;

  @GET
  public Response list(@PathParam("tenant") String slug, @QueryParam("holding") String holding,
      @QueryParam("offset") @DefaultValue("0") @Min(0) @Max(1_000_000) int offset,
      @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(Page.MAX_LIMIT) int limit) {
    Tenant tenant = caller.tenant(slug);
    caller.require(tenant, "modules:use");
    if (holding == null || !holding.matches(PERMISSION)) {
      throw Refusal.invalid("holding", "holding-required",
          "holding: name the permission the listed accounts hold, such as dues:payment:record.");
    }
    if (roles.of(MEMBER_ROLE).contains(holding)) {
      throw Refusal.invalid("holding", "holding-member-permission",
          "holding: members hold " + holding + ", and their login names are not listed; name a staff permission.");
    }
    if (!caller.isPermitted(tenant.getId(), holding)) {
      throw new ForbiddenException("This needs the permission " + holding + " here: only its holders see who else holds it.");
    }
    List<StaffRef> all = staff.directory(tenant).holding(holding);
    List<StaffRef> page = all.subList(Math.min(offset, all.size()), Math.min(offset + limit, all.size()));
    long org = tenants.organisationOf(tenant).orElse(tenant).getId();
    audit.recordRead(org, caller.requireLogin().accountId(), "staff.listed", "permission", holding);
    return Page.of(page, all.size());
  }
}
