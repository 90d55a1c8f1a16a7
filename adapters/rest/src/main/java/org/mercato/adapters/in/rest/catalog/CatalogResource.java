package org.mercato.adapters.in.rest.catalog;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mercato.adapters.in.rest.support.ContentCodings;
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
    @Inject
    ProductPages pages;

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
    @Operation(summary = "A product with its SKUs and live availability",
            description = "The page carries a strong ETag and Cache-Control: no-cache, so clients may keep it but must "
                    + "revalidate (availability is live): a request whose If-None-Match names the current page gets 304 "
                    + "without a body. A client that accepts gzip gets the page gzipped (Content-Encoding: gzip).")
    @APIResponse(responseCode = "200", description = "The product",
            headers = {
                    @Header(name = HttpHeaders.ETAG, description = "Strong validator of the page (differs per encoding)",
                            schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = HttpHeaders.CACHE_CONTROL, description = "no-cache: revalidate before reuse",
                            schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = HttpHeaders.VARY, description = "Accept-Encoding", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = HttpHeaders.CONTENT_ENCODING, description = "gzip when the request accepts it",
                            schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProductDetailJson.class)))
    @APIResponse(responseCode = "304", description = "If-None-Match names the current page: no body",
            headers = @Header(name = HttpHeaders.ETAG, description = "The current page's validator",
                    schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "No such product (also for an id that is not a UUID)")
    public Response product(@PathParam("id") String id,
            @Parameter(description = "Entity tags of pages the client holds; the current one answers 304")
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch,
            @Parameter(description = "gzip (or *) gets the page gzipped")
            @HeaderParam(HttpHeaders.ACCEPT_ENCODING) String acceptEncoding) {
        ProductDetail detail = Ids.parse(id)
                .map(ProductId::new)
                .flatMap(getProductDetail::getProductDetail)
                .orElseThrow(() -> new NotFoundException("There is no product " + id + "."));
        ProductPage page = pages.of(detail);
        boolean gzip = ContentCodings.acceptsGzip(acceptEncoding);
        Response.ResponseBuilder answer;
        if (page.matches(ifNoneMatch)) {
            answer = Response.notModified();
        } else if (gzip) {
            answer = Response.ok(page.gzip(), MediaType.APPLICATION_JSON_TYPE)
                    .header(HttpHeaders.CONTENT_ENCODING, "gzip");
        } else {
            answer = Response.ok(page.json(), MediaType.APPLICATION_JSON_TYPE);
        }
        return answer.header(HttpHeaders.ETAG, gzip ? page.gzipEtag() : page.etag())
                .header(HttpHeaders.CACHE_CONTROL, "no-cache")
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING)
                .build();
    }
}
