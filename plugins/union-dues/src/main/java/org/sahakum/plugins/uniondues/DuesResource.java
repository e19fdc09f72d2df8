package org.sahakum.plugins.uniondues;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.sahakum.api.ModuleContext;
import org.sahakum.plugins.uniondues.arrears.ArrearsResource;
import org.sahakum.plugins.uniondues.cash.CashResource;
import org.sahakum.plugins.uniondues.enrolments.EnrolmentResource;
import org.sahakum.plugins.uniondues.exemptions.ExemptionResource;
import org.sahakum.plugins.uniondues.ledger.PaymentResource;
import org.sahakum.plugins.uniondues.ledger.ReversalResource;
import org.sahakum.plugins.uniondues.plans.PlanResource;
import org.sahakum.plugins.uniondues.receipts.ReceiptResource;
import org.sahakum.plugins.uniondues.reports.CollectionsResource;
import org.sahakum.plugins.uniondues.standing.MyStandingView;
import org.sahakum.plugins.uniondues.standing.StandingResource;

/**
 * The module's HTTP API for one request, mounted by the core at {@code /api/t/{tenant}/union-dues}:
 * one sub-resource per feature. Everything lives at the organisation; at a chapter, payments,
 * reversals, receipts, standing and arrears answer for that chapter's members only, in the organisation's ledger
 * (through the core's {@link org.sahakum.api.ChapterMandates}), and a member's own standing.
 */
@Produces(MediaType.APPLICATION_JSON)
public class DuesResource {
  private final ModuleContext ctx;

  public DuesResource(ModuleContext ctx) {
    this.ctx = ctx;
  }

  @Path("plans")
  public PlanResource plans() {
    Access.requireOrganisation(ctx);
    return new PlanResource(ctx);
  }

  @Path("enrolments")
  public EnrolmentResource enrolments() {
    Access.requireOrganisation(ctx);
    return new EnrolmentResource(ctx);
  }

  @Path("exemptions")
  public ExemptionResource exemptions() {
    Access.requireOrganisation(ctx);
    return new ExemptionResource(ctx);
  }

  @Path("payments")
  public PaymentResource payments() {
    return new PaymentResource(ctx);
  }

  @Path("reversals")
  public ReversalResource reversals() {
    return new ReversalResource(ctx);
  }

  @Path("receipts")
  public ReceiptResource receipts() {
    return new ReceiptResource(ctx);
  }

  @Path("standing")
  public StandingResource standing() {
    return new StandingResource(ctx);
  }

  /** The caller's own standing, at the organisation or at one of its chapters. */
  @GET
  @Path("my-standing")
  public List<MyStandingView> myStanding() {
    return new StandingResource(ctx).mine();
  }

  @Path("arrears")
  public ArrearsResource arrears() {
    return new ArrearsResource(ctx);
  }

  @Path("reports/collections")
  public CollectionsResource collections() {
    Access.requireOrganisation(ctx);
    return new CollectionsResource(ctx);
  }

  @Path("cash")
  public CashResource cash() {
    Access.requireOrganisation(ctx);
    return new CashResource(ctx);
  }
}
