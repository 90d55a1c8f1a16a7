package org.mercato.adapters.in.rest.catalog;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mercato.adapters.in.rest.support.PageJson;
import org.mercato.application.catalog.port.in.ListCategoriesUseCase;
import org.mercato.application.catalog.port.in.ListManufacturersUseCase;
import org.mercato.application.catalog.port.in.SearchProductsUseCase;

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
    SearchProductsUseCase searchProducts;

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
    @Path("/products")
    @Operation(summary = "Search the catalog: fuzzy text, filters, facets, sorting and paging",
            description = "Size, firmness and price filters must hold for one and the same SKU. inStock and each "
                    + "item's inStock follow the last committed stock change, not the search index. Facets count "
                    + "the matching products per value; choosing a value as a filter gives exactly its count.")
    @APIResponse(responseCode = "200", description = "A page of products with facets over all matches")
    @APIResponse(responseCode = "400", description = "A malformed or out-of-range parameter; errors names each one")
    public ProductSearchPageJson products(@BeanParam ProductSearchParameters parameters) {
        return ProductSearchPageJson.of(searchProducts.searchProducts(parameters.toQuery()));
    }
}
