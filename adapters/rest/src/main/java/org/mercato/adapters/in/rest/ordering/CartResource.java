package org.mercato.adapters.in.rest.ordering;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mercato.adapters.in.rest.support.CurrentShopper;
import org.mercato.application.ordering.port.in.CheckCartUseCase;
import org.mercato.application.ordering.port.in.RemoveCartLineUseCase;
import org.mercato.application.ordering.port.in.SetCartQuantityCommand;
import org.mercato.application.ordering.port.in.SetCartQuantityUseCase;
import org.mercato.application.ordering.port.in.ViewCartUseCase;

/**
 * The signed-in shopper's one cart (API.md "Cart and wishlist"). Prices and availability are read live on
 * every answer; the cart stores only SKU codes and quantities.
 */
@Path("/cart")
@RolesAllowed("SHOPPER")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cart and wishlist")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", description = "No, an invalid or an expired bearer token")
public class CartResource {

    @Context
    SecurityContext security;
    @Inject
    ViewCartUseCase viewCart;
    @Inject
    SetCartQuantityUseCase setQuantity;
    @Inject
    RemoveCartLineUseCase removeLine;
    @Inject
    CheckCartUseCase checkCart;

    @GET
    @Operation(summary = "My cart with current prices and availability",
            description = "total is the sum of the line totals in the cart's one currency; left out for an empty cart. "
                    + "A line whose SKU has left the catalog has no productId, name, unitPrice or lineTotal and 0 available.")
    @APIResponse(responseCode = "200", description = "The cart")
    public CartJson cart() {
        return CartJson.of(viewCart.cart(CurrentShopper.id(security)));
    }

    @PUT
    @Path("/items/{sku}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set how many units of a SKU the cart holds (adds the line when absent)",
            description = "quantity 1..50; at most 50 lines; all lines in one currency. Stock is not reserved "
                    + "here: POST /cart/check and order placement compare with what is available.")
    @APIResponse(responseCode = "200", description = "The cart")
    @APIResponse(responseCode = "400", description = "No body, or a body that is not {\"quantity\": integer}")
    @APIResponse(responseCode = "404", description = "No such SKU")
    @APIResponse(responseCode = "422", description = "Quantity missing, not whole or outside 1..50, a 51st line, or another currency")
    public CartJson set(@PathParam("sku") String sku, QuantityRequest body) {
        if (body == null) {
            throw new BadRequestException("A JSON body {\"quantity\": 1..50} is required.");
        }
        // An unknown SKU is the use case's NotFoundException, which NotFoundMapper answers with 404.
        return CartJson.of(setQuantity.setQuantity(new SetCartQuantityCommand(CurrentShopper.id(security), sku, body.wholeQuantity())));
    }

    @DELETE
    @Path("/items/{sku}")
    @Operation(summary = "Remove a SKU's line; removing a line that is not there changes nothing")
    @APIResponse(responseCode = "200", description = "The cart")
    public CartJson remove(@PathParam("sku") String sku) {
        return CartJson.of(removeLine.remove(CurrentShopper.id(security), sku));
    }

    @POST
    @Path("/check")
    @Operation(summary = "Check every line against the stock now (reserves nothing)",
            description = "Per line OK, NOT_ENOUGH (fewer available than requested) or NOT_FOUND (the SKU left "
                    + "the catalog); ok is true when the cart has lines and all are OK.")
    @APIResponse(responseCode = "200", description = "The check")
    public CartCheckJson check() {
        return CartCheckJson.of(checkCart.check(CurrentShopper.id(security)));
    }
}
