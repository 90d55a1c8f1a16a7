package org.mercato.adapters.in.rest.integrations;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mercato.application.inventory.port.in.ApplyStockFeedUseCase;
import org.mercato.application.inventory.port.in.ApplyStockFeedUseCase.LineResult;
import org.mercato.application.inventory.port.in.ApplyStockFeedUseCase.Status;

/** An integrator sets on-hand per SKU and warehouse (API.md "Staff and integrators"). */
@Path("/integrations/stock-feed")
@RolesAllowed("STOCK_FEED")
@Tag(name = "Integrations")
public class StockFeedResource {

    @Inject
    ApplyStockFeedUseCase applyStockFeed;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set on-hand per SKU and warehouse; every line stands alone and is reported")
    @Parameter(name = "X-Api-Key", in = ParameterIn.HEADER, required = true, description = "An API key with scope STOCK_FEED")
    @APIResponse(responseCode = "200", description = "What became of every line: UPDATED, UNCHANGED, UNKNOWN_SKU, "
            + "UNKNOWN_WAREHOUSE, BELOW_RESERVED or INVALID")
    @APIResponse(responseCode = "400", description = "Not a JSON array of {sku, warehouse, onHand}")
    @APIResponse(responseCode = "401", description = "No, an unknown or a revoked API key")
    @APIResponse(responseCode = "403", description = "The key lacks the STOCK_FEED scope")
    @APIResponse(responseCode = "422", description = "No lines, or more than 1000")
    public StockFeedAnswer apply(List<FeedLine> lines, @Context SecurityContext security) {
        if (lines == null) {
            throw new BadRequestException("A JSON array of {sku, warehouse, onHand} is required.");
        }
        List<LineResult> results = applyStockFeed.apply(security.getUserPrincipal().getName(),
                lines.stream().map(l -> l == null ? null : new ApplyStockFeedUseCase.Line(l.sku(), l.warehouse(), l.onHand()))
                        .toList());
        long updated = results.stream().filter(r -> r.status() == Status.UPDATED).count();
        long unchanged = results.stream().filter(r -> r.status() == Status.UNCHANGED).count();
        return new StockFeedAnswer(results.stream().map(LineJson::of).toList(), updated, unchanged,
                results.size() - updated - unchanged);
    }

    public record FeedLine(String sku, String warehouse, Integer onHand) {
    }

    public record LineJson(int line, String sku, String warehouse, String status, Integer onHand, Integer delta, String message) {
        static LineJson of(LineResult r) {
            return new LineJson(r.line(), r.sku(), r.warehouse(), r.status().name(), r.onHand(), r.delta(), r.message());
        }
    }

    public record StockFeedAnswer(List<LineJson> items, long updated, long unchanged, long failed) {
    }
}
