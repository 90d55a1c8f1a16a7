package org.mercato.adapters.in.rest.accounts;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mercato.adapters.in.rest.support.CurrentShopper;
import org.mercato.adapters.in.rest.support.PageJson;
import org.mercato.application.accounts.port.in.AddAddressUseCase;
import org.mercato.application.accounts.port.in.AddressCommand;
import org.mercato.application.accounts.port.in.GetMyProfileUseCase;
import org.mercato.application.accounts.port.in.ListMyAddressesUseCase;
import org.mercato.application.accounts.port.in.RemoveAddressUseCase;
import org.mercato.application.accounts.port.in.ReplaceAddressUseCase;
import org.mercato.application.accounts.port.in.UpdateMyProfileUseCase;
import org.mercato.application.accounts.port.in.UpdateMyProfileUseCase.UpdateProfileCommand;
import org.mercato.domain.shared.Ids;

/**
 * The signed-in shopper's own account and addresses. Every id is looked up within the token's own
 * account, so another shopper's address is simply not found (404).
 */
@Path("/me")
@RolesAllowed("SHOPPER")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Accounts")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", description = "No, an invalid or an expired bearer token")
public class MeResource {

    @Context
    SecurityContext security;
    @Inject
    GetMyProfileUseCase getProfile;
    @Inject
    UpdateMyProfileUseCase updateProfile;
    @Inject
    ListMyAddressesUseCase listAddresses;
    @Inject
    AddAddressUseCase addAddress;
    @Inject
    ReplaceAddressUseCase replaceAddress;
    @Inject
    RemoveAddressUseCase removeAddress;

    @GET
    @Operation(summary = "My account")
    @APIResponse(responseCode = "200", description = "The account")
    public AccountJson me() {
        return getProfile.myProfile(CurrentShopper.id(security)).map(AccountJson::of).orElseThrow(MeResource::gone);
    }

    @PATCH
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @Operation(summary = "Change my name or phone; fields left out stay as they are")
    @APIResponse(responseCode = "200", description = "The account")
    @APIResponse(responseCode = "422", description = "Blank name or malformed phone")
    public AccountJson update(ProfilePatch body) {
        if (body == null) {
            throw new BadRequestException("A JSON body with name and/or phone is required.");
        }
        return updateProfile.update(new UpdateProfileCommand(CurrentShopper.id(security), Optional.ofNullable(body.name()),
                        Optional.ofNullable(body.phone())))
                .map(AccountJson::of)
                .orElseThrow(MeResource::gone);
    }

    @GET
    @Path("/addresses")
    @Operation(summary = "My addresses, the default first")
    @APIResponse(responseCode = "200", description = "One page holding every address")
    public PageJson<AddressJson> addresses() {
        return PageJson.whole(listAddresses.myAddresses(CurrentShopper.id(security)).stream().map(AddressJson::of).toList());
    }

    @POST
    @Path("/addresses")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add an address (the first one, or one marked default, becomes the default)")
    @APIResponse(responseCode = "201", description = "The address")
    @APIResponse(responseCode = "422", description = "Missing fields, unknown country, or 20 addresses already")
    public Response add(AddressRequest body, @Context UriInfo uri) {
        AddressJson added = AddressJson.of(addAddress.add(CurrentShopper.id(security), command(body)));
        return Response.created(uri.getAbsolutePathBuilder().path(added.id()).build()).entity(added).build();
    }

    @PUT
    @Path("/addresses/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace one of my addresses")
    @APIResponse(responseCode = "200", description = "The address")
    @APIResponse(responseCode = "404", description = "No such address of mine")
    public AddressJson replace(@PathParam("id") String id, AddressRequest body) {
        UUID addressId = Ids.parse(id).orElseThrow(() -> noAddress(id));
        return replaceAddress.replace(CurrentShopper.id(security), addressId, command(body)).map(AddressJson::of)
                .orElseThrow(() -> noAddress(id));
    }

    @DELETE
    @Path("/addresses/{id}")
    @Operation(summary = "Remove one of my addresses")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "No such address of mine")
    public Response remove(@PathParam("id") String id) {
        UUID addressId = Ids.parse(id).orElseThrow(() -> noAddress(id));
        if (!removeAddress.remove(CurrentShopper.id(security), addressId)) {
            throw noAddress(id);
        }
        return Response.noContent().build();
    }

    private static AddressCommand command(AddressRequest body) {
        if (body == null) {
            throw new BadRequestException("A JSON body with line1, city, postalCode and country is required.");
        }
        return new AddressCommand(body.label(), body.line1(), body.line2(), body.city(), body.postalCode(),
                body.country(), Boolean.TRUE.equals(body.isDefault()));
    }

    private static NotFoundException noAddress(String id) {
        return new NotFoundException("You have no address " + id + ".");
    }

    // A valid token whose account has been deleted since.
    private static NotFoundException gone() {
        return new NotFoundException("This account no longer exists.");
    }

    public record ProfilePatch(String name, String phone) {
    }

    public record AddressRequest(String label, String line1, String line2, String city, String postalCode, String country,
            @jakarta.json.bind.annotation.JsonbProperty("default") Boolean isDefault) {
    }
}
