package org.sahakum.core.audit;

import jakarta.enterprise.context.Dependent;
import java.util.logging.Logger;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.sahakum.core.auth.CurrentCaller;
import org.sahakum.core.tenancy.Tenant;

/** A tenant's audit trail, for its admins. */
@Path("t/{tenant}/audit")
@Produces(MediaType.APPLICATION_JSON)
@Dependent
public class AuditResource {
  private static final Logger LOG = Logger.getLogger(AuditResource.class.getName());
  private static final String INSTANT = "[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:.]{5,15}Z";

  @Inject CurrentCaller caller;
  @Inject AuditLog audit;
  @Inject AuditVerifier verifier;
  @Inject AuditChainer chainer;
  @Inject ActorNames actorNames;

  /**
   * One entry as listed: {@code actorName} is the actor's login name when the account belongs to
   * the same organisation (or network, or the platform) as the trail; null for accounts beyond it.
   */
  public record Entry(long seq, Instant at, Long actor, String actorName, String action, String targetType,
      String targetId, String reason, String hash) {}

  @GET
  public List<Entry> list(
      @PathParam("tenant") String slug,
      @QueryParam("action") @Pattern(regexp = "[a-z0-9.:-]{0,100}", message = "letters, digits, '.', ':' or '-'") String action,
      @QueryParam("actor") @Min(1) Long actor,
      @QueryParam("targetType") @Pattern(regexp = "[a-z0-9.:-]{1,50}", message = "letters, digits, '.', ':' or '-'")
          String targetType,
      @QueryParam("from") @Pattern(regexp = INSTANT, message = "an instant such as 2026-11-29T00:00:00Z") String from,
      @QueryParam("to") @Pattern(regexp = INSTANT, message = "an instant such as 2026-11-29T00:00:00Z") String to,
      @QueryParam("before") @Min(1) Long before,
      @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit) {
    Tenant tenant = caller.tenant(slug);
    caller.require(tenant, "audit:read");
    AuditLog.Filter filter = new AuditLog.Filter(action, actor, targetType, instant("from", from), instant("to", to),
        before, limit);
    try {
      chainer.catchUp(tenant.getId());
    } catch (RuntimeException e) {
      // what is chained is still worth reading; verify says why the rest is not
      LOG.warning("the audit trail of tenant " + tenant.getId() + " is listed without its waiting entries: "
          + e.getClass().getName());
    }
    java.util.function.Function<Long, String> names = actorNames.within(tenant);
    return audit.find(tenant.getId(), filter).stream()
        .map(e -> new Entry(e.seq(), e.at(), e.actor(), names.apply(e.actor()), e.action(), e.targetType(),
            e.targetId(), e.reason(), e.hash()))
        .toList();
  }

  private static Instant instant(String name, String value) {
    if (value == null) {
      return null;
    }
    try {
      return Instant.parse(value);
    } catch (DateTimeParseException e) {
      throw new BadRequestException(name + ": not a valid instant.");
    }
  }

  /** Recomputes the tenant's whole chain: does the trail still hold what was written? */
  @GET
  @Path("verify")
  public AuditVerifier.Verdict verify(@PathParam("tenant") String slug) {
    Tenant tenant = caller.tenant(slug);
    caller.require(tenant, "audit:read");
    return verifier.verify(tenant.getId());
  }
}
