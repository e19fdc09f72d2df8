package org.sahakum.plugins.organising.stock;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.sahakum.api.ModuleContext;
import org.sahakum.api.Page;
import org.sahakum.plugins.organising.OrganisingPermissions;
import org.sahakum.plugins.organising.Paging;

/** {@code stock}: what is left here of each kind, and the deliveries that came in. */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StockResource {
  private final ModuleContext ctx;

  public StockResource(ModuleContext ctx) {
    this.ctx = ctx;
  }

  /**
   * What is left of every kind, a row per kind: paged like every list the app shows, with how
   * many kinds there are in {@code X-Total-Count}.
   */
  @GET
  public Response levels(@QueryParam("limit") @DefaultValue("50") @Min(1) @Max(Page.MAX_LIMIT) int limit,
      @QueryParam("offset") @DefaultValue("0") @Min(0) @Max(1_000_000) int offset) {
    ctx.caller().require(OrganisingPermissions.VISIT_READ);
    return Page.slice(List.copyOf(new Stock(ctx).levels().values()), offset, limit);
  }

  @GET
  @Path("receipts")
  public Response receipts(@QueryParam("limit") @DefaultValue("50") @Min(1) @Max(Page.MAX_LIMIT) int limit,
      @QueryParam("offset") @DefaultValue("0") @Min(0) @Max(1_000_000) int offset) {
    ctx.caller().require(OrganisingPermissions.VISIT_READ);
    return Paging.page(ctx, StockReceipt.class, "x.receivedOn DESC, x.id DESC", offset, limit, ReceiptView::of);
  }

  @POST
  @Path("receipts")
  public Response receive(@Valid @NotNull NewReceipt body) {
    ctx.caller().require(OrganisingPermissions.STOCK_MANAGE);
    StockReceipt r = new Stock(ctx).receive(body);
    ctx.audit().record("stock.received", "stock-receipt", String.valueOf(r.getId()));
    return Response.status(201).entity(ReceiptView.of(r)).build();
  }
}
