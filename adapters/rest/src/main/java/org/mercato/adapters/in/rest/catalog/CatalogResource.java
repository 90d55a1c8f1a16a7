package org.mercato.adapters.in.rest.catalog;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mercato.adapters.in.rest.support.PageJson;
import org.mercato.application.catalog.port.in.GetProductDetailUseCase;
import org.mercato.application.catalog.port.in.ProductDetail;
import org.mercato.application.catalog.port.in.ListCategoriesUseCase;
import org.mercato.application.catalog.port.in.ListManufacturersUseCase;
import org.mercato.application.catalog.port.in.SearchProductsUseCase;
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

    @GET
    @Path("/products/{id}")
    @Operation(summary = "A product with its SKUs and live availability")
    @APIResponse(responseCode = "404", description = "No such product (also for an id that is not a UUID)")
    @APIResponse(responseCode = "200", description = "The product",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProductDetailJson.class)))
    public Response product(@PathParam("id") String id) {
        ProductDetail detail = Ids.parse(id)
                .map(ProductId::new)
                .flatMap(getProductDetail::getProductDetail)
                .orElseThrow(() -> new NotFoundException("There is no product " + id + "."));
        return Response.ok(rendered(detail), MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** Pages rendered lately, by the page they render: a full-scale page is 70 KB of JSON to write. */
    private static final int MAX_RENDERED = 512;
    private static final Map<ProductId, Rendered> RENDERED = new ConcurrentHashMap<>();
    private static final Jsonb JSON = JsonbBuilder.create();

    private record Rendered(ProductDetail detail, byte[] json) {
    }

    /**
     * The page as JSON bytes. The product cache hands out the same instance while its entry is unchanged
     * (InfinispanProductDetailCache), so a page read from it is rendered once; a changed page is a new
     * instance and is rendered again.
     */
    private static byte[] rendered(ProductDetail detail) {
        Rendered known = RENDERED.get(detail.id());
        if (known != null && known.detail() == detail) {
            return known.json();
        }
        byte[] json = JSON.toJson(ProductDetailJson.of(detail)).getBytes(StandardCharsets.UTF_8);
        if (RENDERED.size() >= MAX_RENDERED) {
            RENDERED.clear();
        }
        RENDERED.put(detail.id(), new Rendered(detail, json));
        return json;
    }
}
