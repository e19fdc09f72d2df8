package org.sahakum.plugins.uniondues.payments;

import jakarta.persistence.EntityManager;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.sahakum.api.Caller;
import org.sahakum.api.ModuleContext;
import org.sahakum.plugins.uniondues.UnionDuesPermissions;

/**
 * The module's HTTP API for one request, mounted by the core at
 * {@code /api/t/{tenant}/union-dues}. The EntityManager is already scoped to the request's
 * tenant, so no query here names a tenant.
 */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PaymentResource {
  static final int MAX_LIMIT = 200;

  private final ModuleContext ctx;

  public PaymentResource(ModuleContext ctx) {
    this.ctx = ctx;
  }

  /** The tenant's payments, latest payment day first; for treasurers, and organisers who record. */
  @GET
  @Path("payments")
  public List<PaymentView> list(@QueryParam("limit") @DefaultValue("50") @Min(1) @Max(MAX_LIMIT) int limit) {
    requireReader();
    return ctx.entityManager()
        .createQuery("SELECT p FROM DuesPayment p ORDER BY p.paidOn DESC, p.id DESC", DuesPayment.class)
        .setMaxResults(limit)
        .getResultList().stream()
        .map(PaymentView::of)
        .toList();
  }

  /** Records a payment. */
  @POST
  @Path("payments")
  public Response record(@Valid @NotNull NewPayment body, @Context UriInfo uri) {
    ctx.caller().require(UnionDuesPermissions.PAYMENT_RECORD);
    // "today" by the module's clock, whose zone the core chooses; Bean Validation's
    // @PastOrPresent would use the server's default zone instead
    if (body.paidOn().isAfter(LocalDate.now(ctx.clock()))) {
      throw new BadRequestException("paidOn must not be in the future.");
    }
    Instant now = ctx.clock().instant().truncatedTo(ChronoUnit.MICROS);
    DuesPayment payment = new DuesPayment(body.amountMinor(), body.currency(), body.paidOn(), now);
    EntityManager em = ctx.entityManager();
    em.persist(payment);
    // the id is an IDENTITY column: it exists only once the row is inserted
    em.flush();
    String id = String.valueOf(payment.getId());
    ctx.audit().record("payment.recorded", "payment", id);
    return Response.created(uri.getAbsolutePathBuilder().path(id).build())
        .entity(PaymentView.of(payment))
        .build();
  }

  /** One payment of the tenant; 404 for ids that do not exist here, whoever owns them. */
  @GET
  @Path("payments/{id}")
  public PaymentView get(@PathParam("id") long id) {
    requireReader();
    DuesPayment payment = ctx.entityManager().find(DuesPayment.class, id);
    if (payment == null) {
      throw new NotFoundException("No such payment.");
    }
    return PaymentView.of(payment);
  }

  /** Payments are read by those who report on them and by those who record them. */
  private void requireReader() {
    Caller caller = ctx.caller();
    if (!caller.isPermitted(UnionDuesPermissions.REPORT_READ)
        && !caller.isPermitted(UnionDuesPermissions.PAYMENT_RECORD)) {
      throw new ForbiddenException("This needs the permission " + UnionDuesPermissions.REPORT_READ
          + " or " + UnionDuesPermissions.PAYMENT_RECORD + " here.");
    }
  }

}
