package org.mercato.adapters.in.rest.catalog;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mercato.adapters.in.rest.support.PageJson;
import org.mercato.application.catalog.port.in.GetProductDetailUseCase;
import org.mercato.application.catalog.port.in.ListCategoriesUseCase;
import org.mercato.application.catalog.port.in.ListManufacturersUseCase;
import org.mercato.domain.catalog.ProductId;
import org.mercato.domain.shared.Ids;

/** The shopper's catalog (API.md "Catalog"): open to everyone, no authentication. */
@Path("/catalog")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Catalog")
public class CatalogResource {

    @Inject
    ListCategoriesUseCase listCategories;
    @Inject
    ListManufacturersUseCase listManufacturers;
    @Inject
    GetProductDetailUseCase getProductDetail;

    @GET
    @Path("/categories")
    @Operation(summary = "All categories with their product counts")
    @APIResponse(responseCode = "200", description = "One page holding every category")
    public PageJson<CategoryJson> categories() {
        return PageJson.whole(listCategories.listCategories().stream().map(CategoryJson::of).toList());
    }

    @GET
    @Path("/manufacturers")
    @Operation(summary = "All manufacturers by name, with their product counts")
    @APIResponse(responseCode = "200", description = "One page holding every manufacturer")
    public PageJson<ManufacturerJson> manufacturers() {
        return PageJson.whole(listManufacturers.listManufacturers().stream().map(ManufacturerJson::of).toList());
    }

    @GET
    @Path("/products/{id}")
    @Operation(summary = "A product with its SKUs and live availability")
    @APIResponse(responseCode = "200", description = "The product")
    @APIResponse(responseCode = "404", description = "No such product (also for an id that is not a UUID)")
    public ProductDetailJson product(@PathParam("id") String id) {
        return Ids.parse(id)
                .map(ProductId::new)
                .flatMap(getProductDetail::getProductDetail)
                .map(ProductDetailJson::of)
                .orElseThrow(() -> new NotFoundException("There is no product " + id + "."));
    }
}
