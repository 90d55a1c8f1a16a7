package org.mercato.adapters.in.rest.accounts;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mercato.application.accounts.port.in.RegisterShopperCommand;
import org.mercato.application.accounts.port.in.RegisterShopperUseCase;
import org.mercato.application.accounts.port.in.ShopperProfile;

/** Shopper registration (API.md "Accounts and authentication"). */
@Path("/accounts")
@PermitAll
@Tag(name = "Accounts")
public class AccountResource {

    @Inject
    RegisterShopperUseCase registerShopper;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Open a shopper account")
    @APIResponse(responseCode = "201", description = "The new account")
    @APIResponse(responseCode = "400", description = "Malformed JSON")
    @APIResponse(responseCode = "409", description = "The e-mail address is already registered")
    @APIResponse(responseCode = "413", description = "Body too large")
    @APIResponse(responseCode = "415", description = "Body is not application/json")
    @APIResponse(responseCode = "422", description = "Invalid e-mail, password shorter than 10 characters, or no name")
    @APIResponse(responseCode = "429", description = "Too many registrations from this address or for this e-mail")
    public Response register(RegisterAccountRequest body, @Context UriInfo uri, @Context HttpServletRequest request) {
        if (body == null) {
            throw new BadRequestException("A JSON body with email, password and name is required.");
        }
        ShopperProfile profile = registerShopper.register(
                new RegisterShopperCommand(body.email(), body.password(), body.name(), body.phone(), request.getRemoteAddr()));
        return Response.created(uri.getBaseUriBuilder().path("me").build()).entity(AccountJson.of(profile)).build();
    }

    public record RegisterAccountRequest(String email, String password, String name, String phone) {
        @Override
        public String toString() {
            return "RegisterAccountRequest[email=" + email + "]";
        }
    }
}
