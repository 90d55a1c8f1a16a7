package org.mercato.adapters.in.rest.ordering;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mercato.adapters.in.rest.support.CurrentShopper;
import org.mercato.application.ordering.port.in.AddToWishlistUseCase;
import org.mercato.application.ordering.port.in.MoveWishlistItemToCartUseCase;
import org.mercato.application.ordering.port.in.RemoveFromWishlistUseCase;
import org.mercato.application.ordering.port.in.ViewWishlistUseCase;

/** The signed-in shopper's wishlist, with current prices, and moving an item into the cart. */
@Path("/wishlist")
@RolesAllowed("SHOPPER")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cart and wishlist")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", description = "No, an invalid or an expired bearer token")
public class WishlistResource {

    @Context
    SecurityContext security;
    @Inject
    ViewWishlistUseCase viewWishlist;
    @Inject
    AddToWishlistUseCase addItem;
    @Inject
    RemoveFromWishlistUseCase removeItem;
    @Inject
    MoveWishlistItemToCartUseCase moveToCart;

    @GET
    @Operation(summary = "My wishlist with current prices and availability")
    @APIResponse(responseCode = "200", description = "The wishlist")
    public WishlistJson wishlist() {
        return WishlistJson.of(viewWishlist.wishlist(CurrentShopper.id(security)));
    }

    @PUT
    @Path("/items/{sku}")
    @Operation(summary = "Keep a SKU on my wishlist (no body; adding it again changes nothing)")
    @APIResponse(responseCode = "200", description = "The wishlist")
    @APIResponse(responseCode = "404", description = "No such SKU")
    @APIResponse(responseCode = "422", description = "The wishlist already holds 100 SKUs")
    public WishlistJson add(@PathParam("sku") String sku) {
        return WishlistJson.of(addItem.add(CurrentShopper.id(security), sku));
    }

    @DELETE
    @Path("/items/{sku}")
    @Operation(summary = "Take a SKU off my wishlist; one that is not there changes nothing")
    @APIResponse(responseCode = "200", description = "The wishlist")
    public WishlistJson remove(@PathParam("sku") String sku) {
        return WishlistJson.of(removeItem.remove(CurrentShopper.id(security), sku));
    }

    @POST
    @Path("/items/{sku}/move-to-cart")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move a wishlist item into my cart",
            description = "In one transaction: adds quantity units (default 1) to the SKU's cart line and takes "
                    + "the SKU off the wishlist. The body is optional: without one, one unit moves.")
    @RequestBody(required = false, description = "{\"quantity\": 1..50}, default 1")
    @APIResponse(responseCode = "200", description = "The cart after the move")
    @APIResponse(responseCode = "404", description = "The SKU is not on my wishlist, or has left the catalog")
    @APIResponse(responseCode = "422", description = "Quantity not whole or outside 1..50, a line over 50 units, a 51st line or another currency")
    public CartJson move(@PathParam("sku") String sku, QuantityRequest body) {
        Integer quantity = body == null ? null : body.wholeQuantity();
        return CartJson.of(moveToCart.moveToCart(CurrentShopper.id(security), sku, quantity));
    }

    /** The same move without a body (and so without a Content-Type): one unit. */
    @POST
    @Path("/items/{sku}/move-to-cart")
    @Operation(hidden = true)
    public CartJson moveOne(@PathParam("sku") String sku) {
        return CartJson.of(moveToCart.moveToCart(CurrentShopper.id(security), sku, null));
    }
}
