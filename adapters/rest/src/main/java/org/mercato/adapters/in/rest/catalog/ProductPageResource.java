package org.mercato.adapters.in.rest.catalog;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mercato.adapters.in.rest.support.ContentCodings;
import org.mercato.application.catalog.port.in.GetProductDetailUseCase;
import org.mercato.application.catalog.port.in.ProductDetail;
import org.mercato.domain.catalog.ProductId;
import org.mercato.domain.shared.Ids;

/**
 * The shopper's product page (API.md "Catalog"), the catalog's most read answer (ADR 0020). A resource of
 * its own, one instance for all requests and without constraints, so that a request creates no resource
 * bean and runs no bean validation.
 */
@Path("/catalog/products/{id}")
@ApplicationScoped
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Catalog")
public class ProductPageResource {

    @Inject
    GetProductDetailUseCase getProductDetail;
    @Inject
    ProductPages pages;

    @GET
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
