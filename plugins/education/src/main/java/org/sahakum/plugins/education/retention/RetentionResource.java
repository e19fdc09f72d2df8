package org.sahakum.plugins.education.retention;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.sahakum.api.ModuleContext;
import org.sahakum.plugins.education.EducationPermissions;

/**
 * {@code retention}: the organisation's retention period ({@code GET}, {@code PUT {months}}), and
 * {@code POST retention/run} to apply the rule now (the core also runs it once a day). Needs
 * {@code edu:class:manage}.
 */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RetentionResource {
  private final ModuleContext ctx;

  public RetentionResource(ModuleContext ctx) {
    this.ctx = ctx;
  }

  @GET
  public RetentionView get() {
    ctx.caller().require(EducationPermissions.CLASS_MANAGE);
    return new RetentionView(Retention.months(ctx));
  }

  @PUT
  public RetentionView set(@Valid @NotNull RetentionView body) {
    ctx.caller().require(EducationPermissions.CLASS_MANAGE);
    Retention.setting(ctx).ifPresentOrElse(s -> s.setRetentionMonths(body.months()),
        () -> ctx.entityManager().persist(new RetentionSetting(body.months())));
    ctx.entityManager().flush();
    ctx.audit().record("retention.set", "setting", String.valueOf(body.months()));
    return new RetentionView(body.months());
  }

  @POST
  @Path("run")
  public RetentionRun run() {
    ctx.caller().require(EducationPermissions.CLASS_MANAGE);
    return Retention.apply(ctx, LocalDate.now(ctx.clock()));
  }
}
